//! The reference data of `shared/guide/data.md` written as Rust: sectors (§3), districts (§7), headline facts (§2),
//! yearly exchange rates (§8) and the sourced named projects (§6). The generator serialises these to the RON files in
//! `data/`, so this module is the single place to correct a name, a coordinate or a source.
//!
//! Must not depend on egui, eframe or rfd.

use super::reference::{
    District, DivisionKind, Evidence, Fact, ReferenceProject, Sector, SubSector,
};

mod rates;
pub use rates::{hkd_rates, rates};

fn sector(
    code: &str,
    name: &str,
    name_zh: &str,
    name_zh_hant: &str,
    description: &str,
    cooperation_focus: bool,
    sub_sectors: &[(&str, &str, &str)],
) -> Sector {
    Sector {
        code: code.to_owned(),
        name: name.to_owned(),
        name_zh: name_zh.to_owned(),
        name_zh_hant: name_zh_hant.to_owned(),
        description: description.to_owned(),
        cooperation_focus,
        sub_sectors: sub_sectors
            .iter()
            .map(|(name, name_zh, name_zh_hant)| SubSector {
                name: (*name).to_owned(),
                name_zh: (*name_zh).to_owned(),
                name_zh_hant: (*name_zh_hant).to_owned(),
            })
            .collect(),
    }
}

/// The ten sectors of the synthetic rows (GB/T 4754 sections, "X" grouping the small ones), in the order of §3.
///
/// `cooperation_focus` marks the sectors that match an area of the 11 May 2023 Chongqing–Hong Kong cooperation
/// mechanism (finance, logistics, innovation & technology, culture & tourism, education, health).
pub fn sectors() -> Vec<Sector> {
    vec![
        sector(
            "K",
            "Real estate",
            "房地产业",
            "房地產業",
            "Property development, investment and management: housing, offices, malls and industrial parks.",
            false,
            &[
                ("Residential development", "住宅开发", "住宅發展"),
                ("Commercial & office", "商业及写字楼", "商業及寫字樓"),
                ("Retail malls", "购物中心", "購物中心"),
                ("Industrial parks", "产业园区", "工業園"),
                ("Property management", "物业管理", "物業管理"),
            ],
        ),
        sector(
            "C",
            "Manufacturing",
            "制造业",
            "製造業",
            "Factories of every kind, from the laptop and auto clusters to food, garments and jewellery.",
            false,
            &[
                ("Electronics & ICT hardware", "电子信息制造", "電子資訊製造"),
                ("Automotive & parts", "汽车及零部件", "汽車及零部件"),
                ("Food & beverages", "食品饮料", "食品及飲品"),
                ("Textiles & garments", "纺织服装", "紡織及成衣"),
                ("Jewellery & precious metals", "珠宝首饰", "珠寶首飾"),
                ("Pharmaceuticals", "医药制造", "醫藥製造"),
                ("Chemicals & materials", "化工及新材料", "化工及新材料"),
                ("Machinery & equipment", "机械装备", "機械設備"),
            ],
        ),
        sector(
            "L",
            "Leasing & business services",
            "租赁和商务服务业",
            "租賃和商務服務業",
            "Holding and headquarters companies, operating leases and professional services; much HK capital \
             enters through such vehicles.",
            false,
            &[
                (
                    "Headquarters & investment holding",
                    "总部及投资控股",
                    "總部及投資控股",
                ),
                ("Operating leasing", "经营租赁", "經營租賃"),
                (
                    "Consulting & professional services",
                    "咨询与专业服务",
                    "顧問及專業服務",
                ),
                ("Advertising & exhibitions", "广告与会展", "廣告及會展"),
                ("Human-resources services", "人力资源服务", "人力資源服務"),
            ],
        ),
        sector(
            "J",
            "Finance",
            "金融业",
            "金融業",
            "Banks, insurers, asset managers, finance lessors and micro-lenders; one of the 2023 mechanism's areas.",
            true,
            &[
                ("Banking", "银行业", "銀行業"),
                ("Insurance", "保险业", "保險業"),
                (
                    "Securities & asset management",
                    "证券与资产管理",
                    "證券及資產管理",
                ),
                ("Finance leasing", "融资租赁", "融資租賃"),
                (
                    "Microcredit & supply-chain finance",
                    "小额贷款与供应链金融",
                    "小額貸款及供應鏈金融",
                ),
            ],
        ),
        sector(
            "F",
            "Wholesale & retail",
            "批发和零售业",
            "批發和零售業",
            "Trading companies, department stores, supermarkets, specialty shops and cross-border e-commerce.",
            false,
            &[
                ("Wholesale trade", "批发贸易", "批發貿易"),
                (
                    "Department stores & supermarkets",
                    "百货与超市",
                    "百貨公司及超級市場",
                ),
                ("Specialty retail", "专业零售", "專門店零售"),
                ("Cross-border e-commerce", "跨境电子商务", "跨境電子商務"),
            ],
        ),
        sector(
            "H",
            "Accommodation & catering",
            "住宿和餐饮业",
            "住宿和餐飲業",
            "Hotels, serviced apartments and restaurants: the hospitality side of the culture-and-tourism area.",
            true,
            &[
                ("Hotels", "酒店", "酒店"),
                ("Restaurants", "餐饮", "餐飲"),
                ("Serviced apartments", "服务式公寓", "服務式住宅"),
            ],
        ),
        sector(
            "G",
            "Transport, storage & logistics",
            "交通运输、仓储和邮政业",
            "交通運輸、倉儲和郵政業",
            "Logistics parks, warehousing, freight forwarding, cold chains and port and rail terminals.",
            true,
            &[
                (
                    "Logistics parks & warehousing",
                    "物流园区与仓储",
                    "物流園區及倉儲",
                ),
                ("Freight forwarding", "货运代理", "貨運代理"),
                ("Cold-chain logistics", "冷链物流", "冷鏈物流"),
                ("Port & rail terminals", "港口与铁路场站", "港口及鐵路場站"),
            ],
        ),
        sector(
            "I",
            "Information & software",
            "信息传输、软件和信息技术服务业",
            "信息傳輸、軟件和信息技術服務業",
            "Software houses, data centres, cloud services and internet platforms; part of innovation & technology.",
            true,
            &[
                ("Software development", "软件开发", "軟件開發"),
                (
                    "Data centres & cloud",
                    "数据中心与云服务",
                    "數據中心及雲端服務",
                ),
                ("Internet platforms", "互联网平台", "互聯網平台"),
            ],
        ),
        sector(
            "M",
            "Scientific research & technical services",
            "科学研究和技术服务业",
            "科學研究和技術服務業",
            "R&D centres, engineering and design firms, testing and certification; part of innovation & technology.",
            true,
            &[
                ("R&D centres", "研发中心", "研發中心"),
                ("Engineering & design", "工程设计", "工程設計"),
                ("Testing & certification", "检验检测认证", "檢測及認證"),
            ],
        ),
        sector(
            "X",
            "Other",
            "其他",
            "其他",
            "Utilities, construction, culture, health, education and agri-food grouped together; culture, health \
             and education are areas of the 2023 mechanism.",
            true,
            &[
                ("Utilities", "电力燃气及水", "電力、燃氣及水務"),
                ("Construction", "建筑业", "建造業"),
                ("Culture & entertainment", "文化娱乐", "文化娛樂"),
                ("Health & elderly care", "卫生与养老", "醫療及安老"),
                ("Education & training", "教育培训", "教育及培訓"),
                ("Agri-food", "农业食品", "農業食品"),
            ],
        ),
    ]
}

/// Jiangbei, Yubei and Beibei have part of their area in the Liangjiang New Area (data.md §3, §7).
const LIANGJIANG_DISTRICTS: [&str; 3] = ["Jiangbei", "Yubei", "Beibei"];

/// (adcode, name, name_zh, name_zh_hant, pinyin, kind, lat, lon, region) of one division.
type DistrictRow = (
    u32,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    DivisionKind,
    f64,
    f64,
    &'static str,
);

/// Chongqing's 38 county-level divisions before November 2025, as in data.md §7. The Traditional names are written
/// as Hong Kong writes them (區, 縣, 豐都, 雲陽, 萬州); the pinyin is the name without its suffix, for matching.
#[rustfmt::skip]
const DISTRICT_ROWS: [DistrictRow; 38] = {
    use DivisionKind::{AutonomousCounty as Aut, County, District as Dist};
    [
        (500103, "Yuzhong", "渝中区", "渝中區", "Yuzhong", Dist, 29.556, 106.568, "central urban"),
        (500105, "Jiangbei", "江北区", "江北區", "Jiangbei", Dist, 29.606, 106.574, "central urban (now Liangjiang)"),
        (500112, "Yubei", "渝北区", "渝北區", "Yubei", Dist, 29.718, 106.631, "central urban (now Liangjiang)"),
        (500108, "Nan'an", "南岸区", "南岸區", "Nan'an", Dist, 29.523, 106.561, "central urban"),
        (500107, "Jiulongpo", "九龙坡区", "九龍坡區", "Jiulongpo", Dist, 29.502, 106.511, "central urban"),
        (500106, "Shapingba (incl. Xiyong)", "沙坪坝区", "沙坪壩區", "Shapingba", Dist, 29.541, 106.457, "central urban"),
        (500104, "Dadukou", "大渡口区", "大渡口區", "Dadukou", Dist, 29.484, 106.482, "central urban"),
        (500113, "Banan", "巴南区", "巴南區", "Banan", Dist, 29.381, 106.540, "central urban"),
        (500109, "Beibei", "北碚区", "北碚區", "Beibei", Dist, 29.825, 106.397, "central urban"),
        (500101, "Wanzhou", "万州区", "萬州區", "Wanzhou", Dist, 30.808, 108.409, "NE Chongqing"),
        (500102, "Fuling", "涪陵区", "涪陵區", "Fuling", Dist, 29.703, 107.390, "main metro area"),
        (500116, "Jiangjin", "江津区", "江津區", "Jiangjin", Dist, 29.290, 106.259, "main metro area"),
        (500117, "Hechuan", "合川区", "合川區", "Hechuan", Dist, 29.972, 106.276, "main metro area"),
        (500118, "Yongchuan", "永川区", "永川區", "Yongchuan", Dist, 29.356, 105.927, "main metro area"),
        (500115, "Changshou", "长寿区", "長壽區", "Changshou", Dist, 29.857, 107.081, "main metro area"),
        (500120, "Bishan", "璧山区", "璧山區", "Bishan", Dist, 29.592, 106.227, "main metro area"),
        (500110, "Qijiang", "綦江区", "綦江區", "Qijiang", Dist, 29.028, 106.651, "main metro area"),
        (500111, "Dazu", "大足区", "大足區", "Dazu", Dist, 29.707, 105.722, "main metro area"),
        (500151, "Tongliang", "铜梁区", "銅梁區", "Tongliang", Dist, 29.845, 106.056, "main metro area"),
        (500153, "Rongchang", "荣昌区", "榮昌區", "Rongchang", Dist, 29.405, 105.594, "main metro area"),
        (500119, "Nanchuan", "南川区", "南川區", "Nanchuan", Dist, 29.158, 107.099, "main metro area"),
        (500152, "Tongnan", "潼南区", "潼南區", "Tongnan", Dist, 30.190, 105.840, "main metro area"),
        (500114, "Qianjiang", "黔江区", "黔江區", "Qianjiang", Dist, 29.533, 108.771, "SE Chongqing"),
        (500154, "Kaizhou", "开州区", "開州區", "Kaizhou", Dist, 31.161, 108.393, "NE Chongqing"),
        (500155, "Liangping", "梁平区", "梁平區", "Liangping", Dist, 30.674, 107.800, "NE Chongqing"),
        (500156, "Wulong", "武隆区", "武隆區", "Wulong", Dist, 29.325, 107.760, "SE Chongqing"),
        (500231, "Dianjiang", "垫江县", "墊江縣", "Dianjiang", County, 30.333, 107.349, "NE"),
        (500230, "Fengdu", "丰都县", "豐都縣", "Fengdu", County, 29.864, 107.732, "NE"),
        (500233, "Zhong County", "忠县", "忠縣", "Zhong", County, 30.300, 108.037, "NE"),
        (500235, "Yunyang", "云阳县", "雲陽縣", "Yunyang", County, 30.931, 108.697, "NE"),
        (500236, "Fengjie", "奉节县", "奉節縣", "Fengjie", County, 31.019, 109.464, "NE"),
        (500237, "Wushan", "巫山县", "巫山縣", "Wushan", County, 31.075, 109.879, "NE"),
        (500238, "Wuxi", "巫溪县", "巫溪縣", "Wuxi", County, 31.398, 109.631, "NE"),
        (500229, "Chengkou", "城口县", "城口縣", "Chengkou", County, 31.948, 108.665, "NE"),
        (500240, "Shizhu Tujia AC", "石柱土家族自治县", "石柱土家族自治縣", "Shizhu", Aut, 29.999, 108.114, "SE"),
        (500241, "Xiushan Tujia & Miao AC", "秀山土家族苗族自治县", "秀山土家族苗族自治縣", "Xiushan", Aut, 28.448, 108.989, "SE"),
        (500242, "Youyang Tujia & Miao AC", "酉阳土家族苗族自治县", "酉陽土家族苗族自治縣", "Youyang", Aut, 28.841, 108.768, "SE"),
        (500243, "Pengshui Miao & Tujia AC", "彭水苗族土家族自治县", "彭水苗族土家族自治縣", "Pengshui", Aut, 29.294, 108.166, "SE"),
    ]
};

/// The Liangjiang New Area, an administrative district since 6 Nov 2025 (data.md §7), made mostly of Jiangbei and
/// Yubei: (name, name_zh, name_zh_hant). The map draws it as the outline of those two, an approximation.
pub const LIANGJIANG_NEW_AREA: (&str, &str, &str) = ("Liangjiang New Area", "两江新区", "兩江新區");

/// The adcodes of the districts whose union approximates the 2025 Liangjiang New Area (Jiangbei, Yubei).
pub const LIANGJIANG_MEMBERS: [u32; 2] = [500105, 500112];

pub fn districts() -> Vec<District> {
    DISTRICT_ROWS
        .iter()
        .map(
            |&(adcode, name, name_zh, name_zh_hant, pinyin, kind, lat, lon, region)| District {
                adcode,
                name: name.to_owned(),
                name_zh: name_zh.to_owned(),
                name_zh_hant: name_zh_hant.to_owned(),
                pinyin: pinyin.to_owned(),
                kind,
                region: region.to_owned(),
                lat,
                lon,
                in_liangjiang: LIANGJIANG_DISTRICTS.contains(&name),
            },
        )
        .collect()
}

const ICHONGQING_2023: &str = "Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023; China News, 25 Oct 2024";

#[allow(clippy::too_many_arguments)]
fn fact(
    id: &str,
    label: &str,
    value: &str,
    detail: &str,
    source: &str,
    date: &str,
    url: Option<&str>,
    evidence: Evidence,
) -> Fact {
    Fact {
        id: id.to_owned(),
        label: label.to_owned(),
        value: value.to_owned(),
        detail: detail.to_owned(),
        source: source.to_owned(),
        date: date.to_owned(),
        url: url.map(str::to_owned),
        evidence,
    }
}

/// The headline facts of data.md §2, then the three notes the UI must carry (trade slip, contracted vs utilised,
/// round-tripping). data.md gives no URL for these sources, so `url` stays empty rather than guessed.
pub fn facts() -> Vec<Fact> {
    use Evidence::{Sourced, Standard};
    vec![
        fact(
            "hk-projects",
            "Hong Kong-invested projects in Chongqing",
            "> 3,500",
            "Cumulative number of projects with Hong Kong investment. Earlier checkpoints: 2,842 by end 2016 \
             (China Daily, Feb 2017) and about 3,344 by end 2021 (HKTDC via iChongqing, 4 Mar 2022).",
            ICHONGQING_2023,
            "2023-11-13",
            None,
            Sourced,
        ),
        fact(
            "hk-contracted",
            "Hong Kong contracted foreign investment",
            "USD 70.4 bn",
            "Cumulative contracted (合同外资), not utilised, foreign investment from Hong Kong.",
            ICHONGQING_2023,
            "2023-11-13",
            None,
            Sourced,
        ),
        fact(
            "trade-2023",
            "Chongqing–Hong Kong trade, Jan–Sep 2023",
            "CNY 39.1 bn (≈ USD 5.37 bn)",
            "Hong Kong was Chongqing's third-largest trade partner.",
            "Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023",
            "2023-11-13",
            None,
            Sourced,
        ),
        fact(
            "share-2022",
            "Hong Kong's share of Chongqing's foreign investment, 2022",
            "73.2 %",
            "From the graphic \"Hong Kong's investment in Chongqing in 2022\".",
            "Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023",
            "2023-11-13",
            None,
            Sourced,
        ),
        fact(
            "share-long-run",
            "Hong Kong's share of Chongqing's foreign investment, long run",
            "> 60 %",
            "Consistently above 60 % of the city's foreign investment; the cumulative share was about 55–56 % in \
             2021–23 (iChongqing, 26 Sep 2021 and 13 Jan 2023).",
            "iChongqing, 13 Nov 2023; 26 Sep 2021; 13 Jan 2023",
            "2023-11-13",
            None,
            Sourced,
        ),
        fact(
            "cooperation-mechanism",
            "Chongqing–Hong Kong cooperation mechanism",
            "11 areas, 47 items",
            "Set up on 11 May 2023. Areas: Belt and Road / economy, trade and investment; finance; innovation and \
             technology; logistics; culture and tourism; education; talent; youth; legal and dispute resolution; \
             health and traditional Chinese medicine; facilitation for Hong Kong people.",
            "HKSAR Government press release P2023051100454",
            "2023-05-11",
            None,
            Sourced,
        ),
        fact(
            "chengdu-chongqing-circle",
            "Chengdu–Chongqing economic circle",
            "185,000 km² · ≈ 96 m people · GDP ≈ CNY 6.3 trn",
            "Area, population and 2019 GDP of the twin-city economic circle.",
            "State Council, Chengdu–Chongqing economic circle construction plan, Oct 2021",
            "2021-10",
            None,
            Sourced,
        ),
        fact(
            "note-trade-slip",
            "Note: investment, not trade",
            "> 60 % of foreign investment",
            "The 13 Nov 2023 article says Hong Kong is \"> 60 % of total external trade\"; that is a slip for \
             foreign investment. China News (25 Oct 2024) has it right, and Hong Kong is only the third-largest \
             trade partner.",
            "iChongqing, 13 Nov 2023; China News, 25 Oct 2024",
            "2024-10-25",
            None,
            Sourced,
        ),
        fact(
            "note-contracted-vs-utilised",
            "Note: contracted is not utilised",
            "USD 70.4 bn is contracted",
            "Contracted foreign investment (合同外资) is the amount committed in approved contracts; utilised \
             foreign investment (实际使用外资) is the money actually paid in, usually much lower. Every amount in \
             this dataset is contracted unless labelled utilised.",
            "PRC foreign-investment statistics definitions (MOFCOM / NBS)",
            "2023-11-13",
            None,
            Standard,
        ),
        fact(
            "note-round-tripping",
            "Note: \"Hong Kong\" in PRC statistics",
            "Includes round-tripped capital",
            "PRC statistics record investment by the place the investing company is registered, so \"Hong Kong\" \
             includes mainland capital routed through Hong Kong companies (round-tripping) and mainland \
             state-owned groups headquartered there.",
            "PRC foreign-investment statistics by source of registration (MOFCOM / NBS)",
            "2023-11-13",
            None,
            Standard,
        ),
    ]
}
/// (id, name, name_zh, investor, district, sector, year, facts, source, url)
type ReferenceRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// Shared source of R8–R10: the Chongqing foreign-affairs office report of the 26 Sep 2013 signings.
const CQ_FAO_2013: &str =
    "重庆市外事侨务办 (Chongqing Foreign and Overseas Chinese Affairs Office), 2013-10-18";

const REFERENCE_ROWS: [ReferenceRow; 13] = [
    (
        "R1",
        "Metropolitan Plaza, Jiefangbei",
        "大都会广场",
        "Cheung Kong (Holdings) & Hutchison Whampoa (Li Ka-shing)",
        "Yuzhong",
        "Real estate (retail + Grade-A office)",
        "sold Nov 2014",
        "90,000 m² 12-storey mall, 54,000 m² office, 164,000 m² GFA; sold to Hui Xian REIT for CNY 3.91 bn \
         (USD 638 m)",
        "Mingtiandi, 2014-11-17",
        Some(
            "https://www.mingtiandi.com/real-estate/finance/li-ka-shing-sells-chongqing-complex-to-own-reit-as-divestment-continues/",
        ),
    ),
    (
        "R2",
        "Yangjiashan mixed-use project",
        "",
        "CK Asset Holdings (95%)",
        "Nan'an",
        "Real estate (residential + commercial)",
        "acquired ~2008 (\"exit after a decade\"); offered for sale Jan 2018",
        "~1 million m²; reported asking price CNY 20 bn (~USD 3 bn)",
        "Mingtiandi, 2018-01-23, citing The Paper",
        Some(
            "https://www.mingtiandi.com/real-estate/projects-real-estate/li-ka-shing-selling-chongqing-project",
        ),
    ),
    (
        "R3",
        "Yorkville (residential) + adjoining 52-ha site",
        "",
        "Hongkong Land",
        "Yubei (Zhaomushan, northern new area / Liangjiang)",
        "Real estate",
        "land 2010; extra site Dec 2011",
        "52-ha site bought for CNY 3.9 bn (USD 615 m), ~1 million m² planned; HKL then had 2 JV projects in Chongqing",
        "Reuters, 2011-12-22",
        Some("http://in.reuters.com/article/hongkongland-chongqing-idINL3E7NM3WI20111222"),
    ),
    (
        "R4",
        "The Ring, Chongqing",
        "光环购物公园",
        "Hongkong Land (wholly owned)",
        "Liangjiang New Area (Yubei)",
        "Real estate / retail",
        "opened 24 Apr 2021",
        "7-level mall, ~74,000 m² NLA; HKL's first wholly-owned commercial project in SW China; visited by Carrie Lam \
         on 25 Sep 2021 as a \"港资项目\"",
        "PRNewswire, 2021-04-24, via howtoassetmanage.com; 星島, 2021-09-25",
        None,
    ),
    (
        "R5",
        "Hongkong Land Central Industrial Park",
        "香港置地中央工业园",
        "Hongkong Land",
        "Yubei (Airport New City)",
        "Industrial park / real estate",
        "agreement 26 Sep 2013",
        "framework agreement with the Yubei Airport New City management committee",
        CQ_FAO_2013,
        None,
    ),
    (
        "R6",
        "Chongqing IFS, Jiangbeizui",
        "重庆国金中心",
        "Wharf (Holdings) with China Overseas Land",
        "Jiangbei (Liangjiang)",
        "Real estate (mall, 5 Grade-A towers, Niccolo hotel)",
        "construction from 2010; topped out 2015; mall opening planned H2 2016",
        "660,000 m² GFA; 110,000 m² mall; 300 m tallest tower",
        "Wen Wei Po, 2015-04-27; Liangjiang government, 2016-01-22; Benoy, 2023",
        Some("http://news.wenweipo.com/2015/04/27/IN1504270053.htm"),
    ),
    (
        "R7",
        "Chongqing Tiandi",
        "重庆天地",
        "Shui On Land",
        "Yuzhong (Hualongqiao) [district not re-checked]",
        "Real estate (mixed use)",
        "launched Apr 2012 (earlier phases existed by 2009)",
        "~1.5 million m² mixed-use",
        "Mingtiandi, 2012-04-19; Sichuan government, 2009-09-23, mentions \"Chongqing Tiandi\" as already successful",
        Some(
            "https://www.mingtiandi.com/real-estate/projects/shui-on-launches-1-5-mil-sqm-chongqingtiandi-but-cant-afford-proper-press-release",
        ),
    ),
    (
        "R8",
        "Chongqing·Hong Kong City / HK Industrial Park",
        "重庆·香港城、香港工业园",
        "Shui On Group + 4 major HK chambers of commerce (with 市外经贸委 and the Banan government)",
        "Banan",
        "Industrial park (multi-sector)",
        "agreement 26 Sep 2013",
        "first phase: 270,000 m² standard factories at the Nanpeng logistics base",
        CQ_FAO_2013,
        None,
    ),
    (
        "R9",
        "HK Jewellery Industry Base",
        "香港珠宝产业基地",
        "Jinyuan HK Group (金源香港集团) + HK Jewellers' & Goldsmiths' chambers",
        "Banan",
        "Manufacturing (jewellery)",
        "agreement 26 Sep 2013",
        "plan: 300+ firms, annual output ≥ CNY 70 bn, 30,000 jobs (targets, not outcomes)",
        CQ_FAO_2013,
        None,
    ),
    (
        "R10",
        "Strategic cooperation with Yuxinou (Chongqing) Logistics",
        "",
        "Yantian International Container Terminals (Hutchison Ports JV)",
        "(city-wide)",
        "Transport & logistics",
        "26 Sep 2013",
        "strategic cooperation agreement",
        CQ_FAO_2013,
        None,
    ),
    (
        "R11",
        "Chongqing Coca-Cola Beverages Co.",
        "",
        "Kerry Beverages Ltd (HK) with Chengdu Huajin Group",
        "unknown",
        "Manufacturing (beverages)",
        "production began Mon 5 Sep (2005, year not re-checked)",
        "USD 11.5 m, 4.4 ha, 100,000 t/yr",
        "just-drinks.com",
        Some("https://www.just-drinks.com/news/chongqing-coke-begins-bottling_id82898.aspx"),
    ),
    (
        "R12",
        "CBD property acquisition",
        "",
        "Man Sang International (HK-listed; msil.com.hk)",
        "\"Chongqing CBD\" (district not stated)",
        "Real estate",
        "agreement 12 Apr 2016 (not completed at time of page)",
        "consideration HK$1,468 m",
        "Man Sang International, \"Our investments\"",
        Some("http://www.msil.com.hk/our-investments/"),
    ),
    (
        "B1",
        "Runxi Microelectronics 12-inch power-semiconductor fab (HK-registered SOE / round-trip)",
        "",
        "China Resources Microelectronics (HK-registered SOE / round-trip: parent China Resources Holdings is \
         HK-headquartered but mainland state-owned)",
        "Shapingba (Xiyong)",
        "Manufacturing (semiconductors)",
        "2021",
        "total investment CNY 7.55 bn, 30,000 wafers/month; partners: Big Fund II, Chongqing Xiyong",
        "estek.com.cn; jctc.com.cn, 2021-06-10",
        None,
    ),
];

/// The named, sourced Hong Kong projects of data.md §6 (R1–R12) and the borderline round-trip case (B1).
/// Their money figures are sale prices, land prices or floor areas, so they are never counted in the 70.4 bn.
pub fn reference_projects() -> Vec<ReferenceProject> {
    REFERENCE_ROWS
        .iter()
        .map(
            |&(id, name, name_zh, investor, district, sector, year, facts, source, url)| {
                ReferenceProject {
                    id: id.to_owned(),
                    name: name.to_owned(),
                    name_zh: name_zh.to_owned(),
                    investor: investor.to_owned(),
                    district: district.to_owned(),
                    sector: sector.to_owned(),
                    year: year.to_owned(),
                    facts: facts.to_owned(),
                    source: source.to_owned(),
                    url: url.map(str::to_owned),
                    evidence: Evidence::Sourced,
                }
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_the_documented_sizes_and_unique_keys() {
        let sectors = sectors();
        assert_eq!(sectors.len(), 10);
        let num_sub_sectors: usize = sectors.iter().map(|s| s.sub_sectors.len()).sum();
        assert!(
            (35..=50).contains(&num_sub_sectors),
            "{num_sub_sectors} sub-sectors"
        );
        let districts = districts();
        assert_eq!(districts.len(), 38);
        let mut adcodes: Vec<u32> = districts.iter().map(|d| d.adcode).collect();
        adcodes.sort_unstable();
        adcodes.dedup();
        assert_eq!(adcodes.len(), 38);
        assert_eq!(districts.iter().filter(|d| d.in_liangjiang).count(), 3);
        let rates = rates();
        assert_eq!(rates.rates.len(), 25);
        assert_eq!(rates.cny_per_usd(Some(1990)), Some(8.2784));
        assert_eq!(reference_projects().len(), 13);
        assert!(facts().len() >= 10);
    }

    #[test]
    fn every_reference_name_has_its_traditional_form() {
        use crate::model::reference::NameScript;
        let sectors = sectors();
        let districts = districts();
        let names = sectors
            .iter()
            .map(|s| {
                (
                    s.name_in(NameScript::Simplified),
                    s.name_in(NameScript::Traditional),
                )
            })
            .chain(sectors.iter().flat_map(|s| &s.sub_sectors).map(|s| {
                (
                    s.name_in(NameScript::Simplified),
                    s.name_in(NameScript::Traditional),
                )
            }))
            .chain(districts.iter().map(|d| {
                (
                    d.name_in(NameScript::Simplified),
                    d.name_in(NameScript::Traditional),
                )
            }));
        // Characters that have a different Traditional form and must not survive in a Traditional name.
        const SIMPLIFIED_ONLY: &str =
            "区县万丰云开长龙坝铜荣垫节阳业产制饮发电软术数据务资贸运输储邮筑卫";
        for (simplified, traditional) in names {
            assert!(!traditional.is_empty(), "{simplified}");
            if let Some(c) = traditional.chars().find(|c| SIMPLIFIED_ONLY.contains(*c)) {
                panic!("{traditional} (for {simplified}) keeps the Simplified {c}");
            }
        }
        let by_adcode = |adcode: u32| {
            districts
                .iter()
                .find(|d| d.adcode == adcode)
                .map(|d| d.name_zh_hant.as_str())
        };
        assert_eq!(by_adcode(500103), Some("渝中區"));
        assert_eq!(by_adcode(500230), Some("豐都縣"));
        assert_eq!(sectors[1].name_in(NameScript::Traditional), "製造業");
        assert_eq!(sectors[5].name_in(NameScript::Traditional), "住宿和餐飲業");
        assert_eq!(sectors[1].name_in(NameScript::English), "Manufacturing");
        assert_eq!(LIANGJIANG_NEW_AREA.2, "兩江新區");
    }
}
