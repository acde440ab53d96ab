# Investment Explorer，繁體中文：面向香港讀者（用詞依香港習慣：檔案、檢視、佔、億元人民幣）。
# 與 en.ftl 一一對應，變數相同（tests/i18n.rs 會檢查）。

## Tabs

tab-table = 項目明細
tab-breakdown = 分類匯總
tab-charts = 圖表
tab-map = 地圖
tab-export-this = 匯出本頁…

## Menus

menu-file = 檔案
menu-export = 匯出
menu-edit = 編輯
menu-view = 檢視
menu-help = 說明
menu-view-theme = 主題
menu-view-theme-light = 淺色
menu-view-theme-dark = 深色
menu-view-currency = 貨幣
menu-view-amounts-in = 金額單位
menu-view-language = 語言
menu-view-language-hint = 選單、標籤及匯出檔案使用此語言；您自己檔案中的名稱保持原樣。

## Money

money-currency-usd = 美元（USD）
money-currency-cny = 人民幣（CNY，按各項目簽約年份的匯率折算）
money-currency-hkd = 港元（HKD，按各項目簽約年份的匯率折算）
money-scale-auto = 自動（萬 / 億）
money-scale-millions = 百萬（m）
money-scale-billions = 十億（bn）
money-scale-wan = 萬
money-scale-yi = 億
money-amounts-in = 金額單位：{ $unit }

## Charts

chart-by-sector = 按行業
chart-over-time = 歷年走勢
chart-sizes = 項目規模分布
chart-sectors-by-year = 各年行業構成
chart-caption = 合同外資，{ $unit } · { $source }
chart-axis-year = 簽約年份
chart-axis-projects = 項目數目
chart-axis-contracted = 合同外資（{ $unit }）
chart-axis-size = 單個項目合同外資（{ $unit }，對數刻度）
chart-contracted-per-year = 年度合同外資（{ $unit }）
chart-cumulative-contracted = 累計合同外資（{ $unit }）
chart-projects-per-year = 年度項目數目
chart-cumulative-projects = 累計項目數目
chart-by-sub-sector = 按細分行業
chart-by-district = 按區縣
chart-other-sectors = 其他（{ $n } 個行業）
chart-other-sub-sectors = 其他（{ $n } 個細分行業）
chart-other-districts = 其他（{ $n } 個區縣）
chart-other-groups = 其他（{ $n } 組）
chart-bar = 棒形 { $name }
chart-bar-hint = { $name }：合同外資 { $amount } · { $n } 個項目 · 佔所選 { $share }
chart-click-to-filter = 點擊即按此篩選
chart-without-year = { $n } 個項目無簽約年份，未計入圖中
chart-without-amount = { $n } 個項目無合同金額，未計入圖中
chart-year-hint = { $year } 年：{ $value } · { $n } 個項目
chart-cumulative-hint = 截至 { $year } 年：{ $value }
chart-segment = 分段 { $name } { $year }
chart-segment-hint = { $name }，{ $year } 年：{ $amount } · { $n } 個項目
chart-size-hint = { $range }：{ $n } 個項目
chart-size-bar = 規模棒形 { $range }

## Status bar: 「顯示 312 個項目（共 3,530 個）· 合同外資 12.4 億美元（佔 17.6%）· 模擬樣本」

status-projects = 顯示 { $shown } 個項目（共 { $total } 個）
status-rows = 顯示 { $shown } 行（共 { $total } 行）
status-contracted = 合同外資 { $amount }（佔 { $share }）
status-computing = 正在計算…
count-projects = { $n } 個項目

## Empty state

empty-title = 沒有符合篩選條件的項目
empty-hint = 請移除上方的篩選標籤，或重新開始。
empty-clear = 清除篩選

## Data

data-synthetic = 模擬樣本
data-synthetic-long = 依據公開匯總數據校準的模擬樣本——並非真實項目
data-synthetic-badge = 模擬數據
data-yours = 您的數據
data-not-stated = 未註明
data-other = 其他
data-hk-projects = 港資項目
data-liangjiang = 兩江新區
data-whole-municipality = 全市
data-central-urban = 中心城區

## Key figures

figure-projects = 項目數目
figure-projects-hint = 目前篩選範圍內的項目數目
figure-contracted = 合同外資
figure-utilised = 實際使用外資
figure-utilisation = 資金到位率
figure-utilisation-hint = 實際使用外資 ÷ 合同外資，只計算兩項均有數據的項目
figure-average = 平均規模
figure-average-hint = 每個項目的平均合同外資：少數超大型項目會拉高平均值
figure-median = 規模中位數
figure-median-hint = 一半項目的規模小於此值

## Fields

field-id = 編號
field-name = 項目名稱
field-investor = 投資方
field-origin = 投資來源地
field-sector = 行業
field-sub-sector = 細分行業
field-district = 區縣
field-year = 年份
field-status = 項目狀態
field-contracted = 合同外資
field-utilised = 實際使用外資
field-employees = 僱員人數
field-lat = 緯度
field-lon = 經度
field-in-liangjiang = 位於兩江新區
field-contract-date = 簽約日期
field-size-band = 規模區間
field-synthetic = 模擬數據
field-source = 數據來源

## Tables: the Breakdown, the project table, the detail panel and the filter panel

table-rows-selected = 已選 { $n } 行
table-copied-rows = 已複製 { $n } 行到剪貼簿。
table-export-selection = 匯出所選行…
filter-amount = 合同外資（{ $unit }）
filter-amount-hint = 上下限以{ $currency }計：各項目的合同外資按簽約年份的平均匯率折算為{ $currency }後比較。切換顯示幣種時上下限保留原幣種，篩選結果不變；清空上下限後即可按其他幣種輸入。
filter-amount-kept = 上下限以{ $bounds }計，表格顯示{ $shown }。清空後可按{ $shown }輸入。
filter-rerank = 按項目數重新排序
filter-rerank-hint = 勾選時列表順序保持不變；點此按當前項目數重新排序。
table-hint = 點擊表頭排序 · { $shift }+點擊增加排序鍵 · { $copy } 複製所選行
table-columns = 顯示欄位
table-sort-hint = 點擊排序；再次點擊反向排序；{ $shift }+點擊設為次要排序鍵
table-converted-hint = 按簽約年份的平均匯率折算：1 美元 = { $rate } { $currency }
detail-title = 項目
detail-hint = 點擊表格中的一行，在此查看項目詳情。
detail-sector = 行業 { $code } · { $name } { $name_zh }
detail-cooperation = 2023 年渝港合作機制的重點領域。
detail-division = { $region } · { $kind } · 行政區劃代碼 { $adcode }
detail-kind-district = 區
detail-kind-county = 縣
detail-kind-autonomous-county = 自治縣
detail-in-liangjiang = 部分位於兩江新區。
detail-provenance = 數據來源
breakdown-group-by = 分組依據
breakdown-drill-hint = 點擊一行查看下級明細
breakdown-units = 金額單位：{ $unit } · 資金到位率 = 實際使用外資 ÷ 合同外資
breakdown-cross-tab = 交叉表：{ $by }
breakdown-cross-by = 按
breakdown-cells = 儲存格：合同外資，{ $unit }
filter-title = 篩選
filter-clear-all = 全部清除
filter-clear-all-hint = 移除所有篩選條件
filter-views = 已儲存的檢視
filter-views-hint = 將目前的篩選條件、排序、欄位、分頁和單位儲存為具名檢視。
filter-delete-view-hint = 刪除檢視「{ $name }」
filter-save-view = 儲存檢視…
filter-view-name = 檢視名稱
filter-save = 儲存
filter-cancel = 取消
filter-facet-selected = { $facet }（已選 { $n } 項）
filter-clear = 清除
filter-clear-facet-hint = 清除「{ $facet }」篩選
filter-find = 尋找{ $facet }
filter-more = …… 另有 { $n } 項：請在上方輸入尋找
filter-panel-search = 搜尋
filter-search-hint = 項目或投資方名稱
filter-panel-years = 簽約年份
filter-from = 由
filter-to = 至
filter-min = 下限
filter-max = 上限
filter-any-amount = 不限
filter-liangjiang-hint = 中國內陸的國家級新區，橫跨江北、渝北、北碚三區的部分區域
filter-any = 不限
filter-inside = 區內
filter-outside = 區外

## Exports and the app's own file chooser

export-selected-rows = 所選行匯出為 { $format }…
export-done-with-about = 已將{ $what }匯出到 { $path }，說明見 { $about }。
chooser-no-dialog = 本系統沒有檔案對話框，因此使用應用程式自帶的檔案選擇框。
chooser-folder = 資料夾
chooser-up = 上一層
chooser-file-name = 檔案名稱
chooser-types = 顯示資料夾和 { $types } 檔案
chooser-save = 儲存
chooser-open = 開啟
chooser-cancel = 取消
chooser-unreadable = 無法讀取此資料夾：{ $error }
chooser-is-folder = 這是資料夾，請輸入檔案名稱。
chooser-replaces = 已有同名檔案，儲存將取代該檔案。
chooser-no-such-file = 此資料夾中沒有該檔案。
## Map

map-zoom-whole = 全市
map-zoom-central = 中心城區
map-measure-contracted = 按合同外資
map-measure-projects = 按項目數
map-measure-share = 按佔比
map-style-filled = 分區填色
map-style-bubbles = 氣泡
map-hint = 點擊區縣即可篩選；懸停查看數據
map-district = 區縣 { $name }
map-legend-contracted = 合同外資（{ $unit }）
map-legend-projects = 項目數
map-legend-share = 佔合同外資比重（%）
map-legend-range = { $low } – { $high }
map-legend-bubbles = 氣泡面積隨數值增大
map-legend-no-project = 所選範圍內沒有項目
map-legend-liangjiang = 兩江新區（2025年）
map-legend-liangjiang-note = 以江北區、渝北區的外輪廓近似2025年邊界
map-legend-small = 較小區縣：以引線標示或懸停顯示名稱
map-not-on-map = 未在地圖上顯示：{ $n } 個項目，{ $amount }（區縣未能識別）
map-tooltip-contracted = 合同外資 { $amount }
map-tooltip-share = 佔所選範圍 { $share }
map-tooltip-liangjiang = 屬兩江新區（2025年）
map-tooltip-click = 點擊篩選該區縣
map-title-contracted = 各區縣合同外資（{ $unit }）
map-title-projects = 各區縣項目數
map-title-share = 各區縣合同外資佔比
map-measure-score = 按機會評分
map-title-score = 各區縣投資機會評分
map-title-best-cell = 各區縣最佳行業組合的機會評分
map-legend-score = 投資機會評分 0–100
map-legend-best-cell = 最佳組合的機會評分 0–100
map-legend-score-note = 按「投資機會」頁現時的權重及 { $years } 年近期窗口計算
map-legend-no-score = 沒有評分（項目少於 { $below } 個）
map-tooltip-score = 機會評分 { $score } / 100
map-tooltip-best-cell = 最佳組合：{ $sector } · 評分 { $score } / 100
map-tooltip-thin-cell = 樣本少：該組合目前只有 { $n } 個項目
map-tooltip-no-score = 沒有評分：所選範圍內項目少於 { $below } 個
map-caption-boundaries = 區縣邊界：{ $package }（{ $licence }），簡化精度約100米；兩江新區（2025年）以江北區、渝北區的外輪廓近似
map-no-geometry = 無法讀取區縣地圖：{ $error }
## 已儲存的設定：啟動時無法完整讀取時的提示（src/state.rs）

state-unreadable = 無法讀取已儲存的設定（{ $reason }），今次以預設設定啟動。
state-kept-copy = 原檔案已另存為 { $path }。
state-skipped = 部分已儲存的設定無法讀取，已略過：{ $what }。其餘內容均已保留。
state-skipped-views = 已存檢視 { $n } 個
state-skipped-mappings = 欄位對應 { $n } 個
state-skipped-settings = 其他設定 { $n } 項（已回復預設）
state-list-separator = 、
state-not-reopened = 未有重新開啟 { $path }：上次開啟該檔案時程式意外關閉。如需再試，請從「檔案」選單再次開啟。
## 投資機會頁（第 12 號需求）：評分、熱力圖、候選名單與比較

tab-opportunities = 投資機會
score-factor-scale = 規模
score-factor-momentum = 增長勢頭
score-factor-realisation = 資金到位率
score-factor-breadth = 投資方廣度
score-factor-openness = 市場開放度
score-factor-policy = 政策契合度
score-factor-white-space = 市場空白
score-formula-window = 時間窗口：Y 為整個數據集中最近的簽約年份，W = { $years } 年；近期 = Y−W+1 … Y，前期 = Y−2W+1 … Y−W。金額以百萬美元計；C = 該組所選項目的合同外資合計。
score-formula-scale = ln(1 + C)。不會缺失。
score-formula-momentum = ln((1 + 近期 C) ÷ (1 + 前期 C))。不會缺失。
score-formula-realisation = 在已知實際使用外資的項目中，Σ 實際使用外資 ÷ Σ 合同外資。沒有此類項目或其合同外資合計為 0 時缺失。
score-formula-breadth = ln(1 + 不同投資方的數目)。不會缺失。
score-formula-openness = 1 − Σ s_i²，s_i 為投資方 i 在 C 中的佔比（即 1 − 赫芬達爾指數）。C = 0 時缺失。
score-formula-policy = 行業及組合：該行業屬於 2023 年渝港合作機制重點領域為 1，否則為 0；區縣：該區縣 C 中重點行業所佔比重（C = 0 時缺失）。
score-formula-white-space = 僅限行業 × 區縣組合：ln((1 + E) ÷ (1 + A))，A 為該組合的 C，E = 所屬行業的 C × 所屬區縣的 C ÷ 所選範圍的 C。
score-formula-norm = 各因子在具備該因子的評分對象之間歸一化：100 × (原始值 − 最小值) ÷ (最大值 − 最小值)；最大值等於最小值時取 50。
score-formula-total = 評分 = Σ 權重 × 歸一值 ÷ Σ 權重，只計該組未缺失且權重大於 0 的因子。
score-formula-thin = 項目少於 { $below } 個的對象標為「樣本少」：照常顯示，但加以提示。
score-formula-order = 排序：評分由高至低；同分按名稱排列。
score-note-synthetic = 示意：模擬樣本
score-note-sources = 來源：{ $sources }
score-note-sources-more = 來源：{ $sources } 等（另有 { $more } 個來源）
score-note-separator = ；
why-factor-scale = 規模
why-factor-momentum = 增長勢頭
why-factor-realisation = 資金到位率
why-factor-breadth = 投資方廣度
why-factor-openness = 市場開放度
why-factor-policy = 政策契合度
why-factor-white-space = 市場空白
why-policy-other = 不屬 2023 年渝港合作機制重點領域
opp-rank-by = 排名對象
opp-by-sector = 行業
opp-by-district = 區縣
opp-by-cell = 行業 × 區縣組合
opp-presets = 預設權重
opp-preset-balanced = 均衡
opp-preset-momentum = 增長勢頭
opp-preset-white-space = 市場空白
opp-preset-policy = 政策導向
opp-weights = 權重
opp-weight-hint = { $factor }在評分中的權重；設為 0 即不計入。
opp-window = 近期窗口（年）
opp-window-hint = 增長勢頭比較最近 { $years } 個簽約年份與此前 { $years } 年。
opp-about = 評分說明
opp-about-title = 投資機會評分說明
opp-about-intro = 對目前篩選結果的透明排名：每個因子、權重和數字都公開列示，命令行工具對同一檔案亦會算出相同的評分。
opp-about-weights = 目前權重
opp-section-ranking = 排名
opp-section-heat-map = 熱力圖
opp-section-map = 評分地圖
opp-section-compare = 比較（{ $n }）
opp-col-score = 評分
opp-col-thin = 樣本
opp-thin = 樣本少
opp-thin-hint = 項目少於 { $below } 個：此評分僅供參考。
opp-pin-label = 標記 { $name }
opp-pin-hint = 加入候選名單（最多 { $max } 項）以便比較。
opp-unpin-hint = 移出候選名單。
opp-shortlist-full = 候選名單最多 { $max } 項：請先移除一項。
opp-shortlist = 候選名單
opp-shortlist-empty = 標記 2–5 個行業、區縣、組合或項目（+），即可並列比較。
opp-remove-label = 將 { $name } 移出候選名單
opp-compare = 比較
opp-compare-hint = 至少標記 { $min } 項才能比較。
opp-clear-shortlist = 清除
opp-why = 評分依據
opp-why-pick = 點擊一行，查看其評分依據。
opp-why-title = { $name } · 評分 { $score }
opp-no-score = 無評分：該組所有有權重的因子均缺失。
opp-points = { $points } 分
opp-heat-hint = 組合評分 0–100：顏色越濃，在這些組合中分數越高 · 帶點的格子項目少於 3 個 · 點擊格子即篩選至該組合
opp-heat-label = { $district }{ $sector }：評分 { $score }
opp-map-hint-districts = 各區縣按自身評分著色 · 點擊區縣即篩選至該區縣
opp-map-hint-cells = 各區縣按其最佳行業 × 區縣組合著色 · 點擊區縣即篩選至該區縣
opp-map-hint-sectors = 按行業排名時，地圖顯示各區縣自身的評分 · 點擊區縣即篩選至該區縣
opp-error = 無法計算評分：{ $error }
opp-compare-title = 候選名單比較
opp-compare-within = 基於目前篩選 · 金額單位：{ $unit }
opp-compare-investors = 投資方
opp-compare-sub-sectors = 主要細分行業
opp-compare-districts = 主要區縣
opp-compare-score = 評分及各因子
opp-compare-not-scored = 單個項目不參與評分。
opp-compare-nothing = 目前篩選中沒有相關項目。
opp-pin-project = 將此項目加入候選名單
opp-unpin-project = 將此項目移出候選名單
opp-slide-title = 港資在重慶——候選名單比較
## Commands

cmd-open-file = 開啟…
cmd-copy-rows = 複製所選行
cmd-about = 關於數據
cmd-all-sectors = 全部行業
cmd-undo = 復原
cmd-redo = 重做
cmd-export-view = 匯出檢視…
cmd-import-view = 匯入檢視…
cmd-confirm-open = 開啟
cmd-cancel = 取消
cmd-cancel-load = 取消載入
cmd-remap = 設定欄位對應…
cmd-reload = 重新載入
cmd-keep-data = 保留目前數據
cmd-quality = 數據質素…

## Export menu items

export-rows = 項目明細（{ $format }）…
export-groups = 按{ $by }匯總（{ $format }）…
export-cross-tab = 交叉匯總表（{ $format }）…
export-map-png = 地圖圖片（PNG）…
export-chart-png = 圖表圖片（PNG）…
export-menu-note = 已選 { $shown } 個項目（共 { $total } 個）· 匯出檔案會註明篩選條件、單位及數據來源

## Banners and notices

banner-file-changed = 已開啟的檔案在磁碟上被修改。
banner-plain-table = 普通表格：沒有欄位對應到{ $fields }。所有欄位均已顯示；主要數據、圖表及地圖需要這些欄位。
banner-quality = 數據質素：{ $headline }
drop-hint = 將 CSV、TSV、XLSX、JSON 或 RON 檔案拖放到此處即可開啟
notice-error = 錯誤：
notice-dismiss = 關閉
list-or = 或
list-and = 及
list-separator = 、

## The filter in words

filter-search = 搜尋：「{ $text }」
filter-values = { $facet }：{ $names }
filter-year = 年份：{ $year }
filter-years = 年份：{ $from }–{ $to }
filter-years-from = 年份：{ $from } 年起
filter-years-to = 年份：至 { $to } 年
filter-years-any = 年份：不限
filter-contracted-between = 合同外資：{ $min } 至 { $max }
filter-contracted-min = 合同外資：≥ { $min }
filter-contracted-max = 合同外資：≤ { $max }
filter-contracted-any = 合同外資：不限
filter-in-liangjiang = 位於兩江新區
filter-outside-liangjiang = 兩江新區以外
filter-none = 無篩選條件
filter-separator = ；
chips-title = 篩選：
chips-remove-hint = 移除此篩選條件

## Where the rows came from

data-source-built-in = 內置數據集：依據公開匯總數據校準的模擬樣本——並非真實項目
data-source-synthetic-file = { $path }（模擬樣本，並非真實項目）

## The command line

cli-summary-headline = 已選 { $shown } 個項目（共 { $total } 個）· 合同外資 { $contracted } · 實際使用外資 { $utilised }
cli-filters = 篩選條件：{ $filters }
cli-source = 數據來源：{ $source }
cli-col-projects = 項目數目
cli-col-contracted = 合同外資（{ $unit }）
cli-col-utilised = 實際使用外資（{ $unit }）
cli-col-share = 佔比
cli-col-share-pct = 佔比（%）
cli-export-wrote = 已將 { $shown } 個項目（共 { $total } 個）寫入 { $path }

## Key figures

figure-contracted-hint = 合同外資：已簽署合同中承諾投入的金額。公佈的 704 億美元即為合同外資。
figure-utilised-hint = 實際使用外資：實際到位的資金，通常少於合同外資。
figure-synthetic-hint = 目前沒有公開的重慶港資項目清單。這些記錄按公開匯總數據生成，合計與公佈數字一致（3,530 個項目、合同外資 704 億美元）。數據來源見「說明 ▸ 關於數據」。
fact-published = 公開數據：
fact-hk-projects = 港資項目
fact-hk-contracted = 合同外資
fact-share-2022 = 佔重慶 2022 年外商直接投資
fact-trade-2023 = 渝港貿易額（2023 年 1–9 月）
fact-strip-item = { $caption } { $value }
fact-hover =
    { $label }：{ $value }
    { $detail }
    來源：{ $source }（{ $date }）

## Help ▸ About the data

about-intro = 目前沒有公開的重慶港資項目清單。項目記錄按既定規則生成，與公佈的匯總數據一致：共 3,530 個項目，合同外資恰為 704 億美元；截至 2016 年底累計 2,842 個，截至 2021 年底累計 3,344 個。行業、區縣、年份及規模分佈依據全市數據估算。投資方及項目名稱均為虛構。
about-current-source = 目前數據來源：{ $source }
about-facts = 主要公開數據
about-rates = 匯率
about-named-projects = 已公開的港資項目（參考圖層）
about-named-projects-note = 有公開來源的真實港資項目。其數字為成交價、地價或樓面面積，因此不計入任何合計。

## Slides

slide-title = 重慶港資項目 — { $what }
slide-map-title = 各區縣合同外資（{ $unit }）
slide-counts = { $status } · 金額單位：{ $unit }
slide-source = 數據來源：{ $source } · { $app } { $version } · { $time }

## The data-quality window

quality-title = 數據質素
quality-read-as = 讀取方式：{ $how }
quality-copy = 複製報告
quality-close = 關閉

## The mapping dialog

open-title = 開啟 { $file }
open-missing-fields = 沒有對應{ $fields }的欄位：檔案將以普通表格開啟。所有欄位仍會顯示；主要數據、圖表及地圖需要這些欄位。
open-columns-rows = { $columns } 欄 · 預覽 { $rows } 行
open-encoding = 編碼
open-delimiter = 分隔符
open-delimiter-comma = 逗號
open-delimiter-semicolon = 分號
open-delimiter-tab = 定位字元
open-delimiter-pipe = 直線
open-delimiter-other = 其他
open-decimals = 小數格式
open-header-row = 標題列位於第幾行
open-sheet = 工作表
open-mapping-title = 項目欄位 ← 檔案中的欄位
open-unit-of = { $field }單位
amount-unit-usd-m = 百萬美元
amount-unit-usd = 美元
amount-unit-usd-k = 千美元
amount-unit-usd-10k = 萬美元
amount-unit-usd-100m = 億美元
amount-unit-usd-bn = 十億美元
amount-unit-cny = 元人民幣
amount-unit-cny-k = 千元人民幣
amount-unit-cny-10k = 萬元人民幣
amount-unit-cny-m = 百萬元人民幣
amount-unit-cny-100m = 億元人民幣
amount-unit-hkd = 港元
amount-unit-hkd-10k = 萬港元
amount-unit-hkd-m = 百萬港元
amount-unit-hkd-100m = 億港元
open-currency-column = 每行幣種
open-not-in-file = — 檔案中沒有 —
open-column-n = 第 { $n } 欄
open-preview = 預覽
open-to-currency = → 幣種
open-extra = 其他欄位

## Exported files

export-title = 重慶港資項目
export-your-data = 您的數據
export-currency-note = 按各項目簽約年份的匯率逐行由美元折算；未註明年份的項目按最新匯率折算。匯率：{ $series }。來源：{ $source }
export-sort-descending = { $column }（降序）
export-sort-ascending = { $column }（升序）
export-sort-then = ，其次按
export-sort-none = 表格原順序
export-column-with-unit = { $title }（{ $unit }）
export-row-amounts-unit = 百萬美元
export-contents-rows = 項目明細：每個項目一行，按畫面顯示順序排列
export-contents-breakdown = 按{ $by }分類匯總
export-contents-cross-tab = 合同外資交叉匯總：{ $rows }（行）×{ $columns }（欄），含合計
export-cross-tab-corner = { $rows } \ { $columns }（{ $unit }）
export-total = 合計
export-sheet-projects = 項目明細
export-sheet-breakdown = 分類匯總
export-sheet-cross-tab = 交叉匯總
export-sheet-about = 說明
export-about-field = 項目
export-about-value = 內容
about-field-title = 標題
about-field-contents = 內容
about-field-source = 數據來源
about-field-data = 數據性質
about-field-filters = 篩選條件
about-field-rows = 項目數目
about-field-sort = 排序
about-field-units = 單位
about-field-currency-note = 幣種說明
about-field-app-version = 軟件版本
about-field-exported-at = 匯出時間
about-rows = { $shown } 個項目（共 { $total } 個）

## Breakdown columns

breakdown-projects = 項目數目
breakdown-contracted = 合同外資
breakdown-utilised = 實際使用外資
breakdown-share = 佔合同外資比例
breakdown-average = 平均規模
breakdown-median = 規模中位數
breakdown-utilisation = 資金到位率

## Background tasks and notices

task-file-dialog = 正在等待檔案對話框…
task-exporting = 正在匯出到 { $path }…
task-reading = 正在讀取 { $path }…
task-loading = 正在載入 { $path }…
notice-exported = 已將 { $shown } 個項目（共 { $total } 個）匯出到 { $path }。
notice-exported-deck = 已將 { $pages } 頁的簡報匯出到 { $path }。
notice-exported-ranking = 已將 { $groups } 組的排名（{ $shown }）匯出到 { $path }。
ranking-contents-sectors = 各行業機會評分，由高至低
ranking-contents-districts = 各區縣機會評分，由高至低
ranking-contents-cells = 行業 × 區縣組合機會評分（含無項目的組合），由高至低
ranking-window = { $years } 年：近期 { $recent_first }–{ $recent_last } 年對比前期 { $prior_first }–{ $prior_last } 年
ranking-window-no-years = { $years } 年（資料中沒有簽約年份，增長勢頭無從比較）
ranking-about-note = 評分說明
ranking-about-weights = 權重
ranking-about-window = 近期窗口
ranking-about-formula = 計算公式
ranking-sheet = 排名
ranking-col-rank = 排名
ranking-col-contracted = 合同外資（百萬美元）
ranking-col-score = 得分（0–100）
ranking-col-thin = 樣本少（少於 3 個項目）
ranking-col-factor = { $factor }（0–100）
ranking-col-why = 評分依據
ranking-why-separator = ；
notice-exported-picture = 已將 { $shown } 個項目（共 { $total } 個）匯出為 { $width }×{ $height } 像素的圖片：{ $path }。
notice-opened = 已開啟 { $source }（{ $n } 個項目）。{ $quality }
notice-view-saved = 已儲存檢視「{ $name }」。
notice-the-view = 該檢視
notice-view-name = 「{ $name }」
notice-view-from = （來自 { $path }）
notice-showing-view = 正在顯示{ $name }{ $origin }。
notice-showing-view-but = 正在顯示{ $name }{ $origin }，但{ $warnings }；這些條件不符合任何項目。
notice-nothing-exported = { $error }。未有匯出任何內容。
notice-view-unchanged = { $error }。目前檢視未有改變。
notice-view-written = 已將檢視儲存到 { $path }。
notice-nothing-changed = { $error }。未作任何更改。
notice-load-stopped = 已停止載入 { $path }。之前的數據仍然保留。
notice-reopen-failed = 無法重新開啟上次的檔案：{ $error }。現顯示內置數據集。
notice-load-failed = { $error }。之前的數據仍然保留。
notice-export-failed = 匯出失敗：{ $error }。原有檔案保持不變。
notice-background-failed = 背景工作出錯（{ $thread }），未作任何更改。請報告此問題。

## The score command's table

score-of-sectors = { $n } 個行業
score-of-districts = { $n } 個區縣
score-of-cells = { $n } 個行業×區縣組合
score-window = 近期 { $recent_from }–{ $recent_to } 年對比前期 { $prior_from }–{ $prior_to } 年（最新簽約年份 { $latest } 年）
score-no-years = 數據中沒有簽約年份，因此無法計算增長勢頭
score-headline = { $what }的機會評分 · 已選 { $shown } 個項目（共 { $total } 個）· { $window }
score-weights = 權重：{ $weights }
score-note = 說明：{ $note }
score-col-score = 得分
score-col-thin = 樣本少
score-thin = 樣本少
score-top-of = （只列出前 { $shown } 項，共 { $total } 項；以 CSV 或 JSON 格式輸出可列出全部）
score-why = 評分依據：

## Table cells

cell-amount-with-rate = { $usd }（按匯率 { $rate } 折合 { $cny }）
cell-yes = 是
cell-no = 否

## The default data's own labels

value-status-contracted = 已簽約（未動工）
value-status-under-construction = 興建中
value-status-operating = 營運中
value-status-completed = 已完成／已退出
value-status-closed = 已結業
value-origin-hong-kong = 香港特別行政區
value-not-stated = （未註明）
value-band-under-1 = 100 萬美元以下
value-band-1-10 = 100–1,000 萬美元
value-band-10-50 = 1,000–5,000 萬美元
value-band-50-200 = 5,000 萬–2 億美元
value-band-200-800 = 2–8 億美元
value-band-over-800 = 8 億美元及以上

## Export menu items added with the chart data and the opportunity lens
export-chart-data = 圖表數據（{ $format }）…
export-ranking = 機會排名（{ $format }）…
export-compare-png = 對比圖（PNG）…
## Story: the slides a presenter builds (the story panel, from the View menu)

story-heading = 簡報
story-close = 隱藏
story-title = 簡報標題
story-title-hint = 例如：港資在重慶 2024 年度回顧
story-add = 將目前檢視加入為投影片
story-present = 簡報
story-open = 開啟簡報…
story-save = 儲存簡報…
story-empty = 尚未有投影片。先設定好檢視（篩選條件、分頁、圖表），再將其加入為投影片（{ $key }）。
story-untitled = 未命名投影片
story-jump-hint = 顯示這張投影片的檢視
story-slide-title = 投影片標題
story-caption = 說明文字
story-caption-hint = 希望客戶從這張投影片記住的重點
story-move-up = 上移
story-move-down = 下移
story-duplicate = 複製
story-update = 以目前檢視更新
story-delete = 刪除投影片
story-warning = 第 { $slide } 張投影片：{ $warning }
story-opened = 已開啟簡報 { $file }（{ $slides } 張投影片）。
story-opened-warnings = 已開啟簡報 { $file }（{ $slides } 張投影片），但{ $warnings }；這些部分沒有相符的項目。
story-open-failed = { $error }。簡報未有改動。
story-saved = 簡報已儲存至 { $file }。
story-save-failed = { $error }。未有任何改動。
story-file-dialog = 簡報（{ $extension }）

## Presentation mode

present-counter = { $number } / { $total }
present-typed = 跳至第 { $typed } 張…
present-top-projects = 首 { $shown } 個項目（共 { $total } 個）
present-current-view = 目前檢視

## Menus of the story and presentation mode

menu-open-story = 開啟簡報…
menu-save-story = 儲存簡報…
menu-view-theme-projector = 投影
menu-view-theme-projector-hint = 淺色背景、線條較粗、字體較大，適合在光亮的會議室投影
menu-view-present = 簡報
menu-view-story = 簡報面板
menu-help-shortcuts = 鍵盤快捷鍵

## Keyboard shortcuts (the list in the Help menu)

shortcuts-title = 鍵盤快捷鍵
shortcuts-window = 瀏覽數據時
shortcuts-presenting = 簡報時
key-open = 開啟項目檔案
key-focus-search = 搜尋項目及投資者名稱
key-export = 匯出目前分頁的內容
key-tab-table = 表格分頁
key-tab-breakdown = 分類匯總分頁
key-tab-charts = 圖表分頁
key-tab-map = 地圖分頁
key-undo = 復原
key-redo = 重做
key-present = 全螢幕簡報
key-story-panel = 顯示或隱藏簡報面板
key-add-slide = 將目前檢視加入為投影片
key-duplicate-slide = 複製所選投影片
key-delete-slide = 刪除所選投影片
key-move-slide-up = 上移所選投影片
key-move-slide-down = 下移所選投影片
key-rename-slide = 重新命名所選投影片
key-edit-caption = 編輯所選投影片的說明文字
key-update-slide = 以目前檢視更新所選投影片
key-next-story-slide = 顯示下一張投影片的檢視
key-previous-story-slide = 顯示上一張投影片的檢視
key-open-story = 開啟簡報檔案
key-save-story = 將簡報儲存為檔案
key-projector-theme = 開啟或關閉投影主題
key-shortcuts = 本快捷鍵列表
key-present-next = 下一張
key-present-previous = 上一張
key-present-first = 第一張
key-present-last = 最後一張
key-present-jump = 跳至指定編號的投影片
key-present-revert = 撤銷在本頁上的點擊（回復為儲存時的投影片）
key-present-leave = 結束簡報，返回之前的檢視

key-tab-opportunities = 投資機會分頁
## Client-safe

client-safe-project = 項目 { $number }
client-safe-investor = 投資方 { $number }
client-safe-watermark = 機密 — 僅供{ $client }使用
client-safe-badge = 保密演示
client-safe-badge-hint = 視窗和所有匯出檔案中，項目和投資方名稱均以代號顯示，保密欄位已隱去。搜尋仍按真實名稱查找。
menu-view-client-safe = 保密演示模式（隱去名稱）
menu-view-confidential-columns = 保密欄位
menu-view-prepared-for = 報告對象（水印）

## PDF

menu-export-brief-pdf = 簡報（PDF）…
menu-export-story-pdf = 演示文稿（PDF）…
pdf-title = 重慶港資項目
pdf-source = 來源：{ $source }
pdf-prepared = 編製日期 { $date } · 版本 { $version }
pdf-empty-hint = 請移除篩選條件，或選擇其他檢視。
pdf-chart-contracted-by = 按{ $by }劃分的合同外資（{ $unit }）
pdf-chart-sizes = 按合同外資規模劃分的項目數（區間下限，{ $unit }）
pdf-opp-title = 投資機會在哪裡
pdf-opp-top-sectors = 機會評分最高的 { $n } 個行業（共 { $total } 個）
pdf-opp-top-districts = 機會評分最高的 { $n } 個區縣（共 { $total } 個）
pdf-opp-top-cells = 機會評分最高的 { $n } 個行業 × 區縣組合（共 { $total } 個，包括尚無項目的空白組合）
pdf-opp-window = 近期窗口 { $years } 年：{ $window }
pdf-opp-method = 評分 0–100：七個因子的加權平均，各因子在參評對象之間換算為 0–100；每項理由註明其貢獻的分數。評分只相對於今次篩選，並非預測。
pdf-opp-why = 理由（首兩項及其貢獻分數）
pdf-opp-thin = { $name }（樣本少）
pdf-top-projects = 合同外資前 { $n } 大項目

## Load errors (query::messages): where first — the file, then line and column when known — then what is wrong

load-error = { $place }：{ $what }
load-place-line = { $path }，第 { $line } 行
load-place-column = { $path }，第 { $line } 行第 { $column } 欄
load-io = 無法讀取檔案：{ $kind ->
    [not-found] 檔案不存在
    [denied] 沒有讀取權限
   *[other] { $detail }
}
load-empty = 檔案是空的；應有一行標題列及若干項目行
load-encoding = 文字不是有效的 { $encoding } 編碼；請將檔案另存為 { $utf8 }，或在開啟時選擇其編碼
load-binary = 這不是文字表格（看來是二進位資料）；應為 CSV、TSV、XLSX、XLS、JSON 或 RON 檔案
load-cancelled = 檔案在載入完成前已被關閉
problem-row-width = 應與標題列一樣有 { $expected } 個欄位，實際為 { $found } 個
problem-truncated = 最後一行不完整（{ $expected } 個欄位中只有 { $found } 個）：檔案似乎被截斷
problem-no-rows = 檔案只有標題列，沒有資料行；標題列下應每行一個項目
problem-syntax = 格式有誤：{ $what }
problem-not-table = 檔案內容是{ $found }；應為{ $shape }
problem-rows-not-list = 「{ $rows }」是{ $found }；應為資料行的列表
syntax-ends-early = 文字在括號或引號閉合之前就結束了（缺少括號或引號，或檔案被截斷）
syntax-expected-token = 此處應為 { $token }
syntax-expected-either = 此處應為 { $first } 或 { $second }
syntax-expected-value = 此處應為{ $wanted }
wanted-value = 一個值
wanted-name = 名稱
wanted-boolean = 布林值
wanted-integer = 整數
wanted-number = 數字
wanted-text = 帶引號的文字
wanted-character = 單一字元
syntax-trailing-comma = 右括號前多了一個逗號
syntax-trailing-characters = 文件結束後還有多餘的文字
syntax-invalid-number = 數字寫法有誤或數值過大
syntax-invalid-escape = 反斜線跳脫字元無效
syntax-key-not-text = 鍵不是帶引號的文字
syntax-control-character = 引號內有控制字元（定位字元或換行）
syntax-unclosed-comment = 註解沒有結束
syntax-too-deep = 列表或物件巢狀層數超過本應用程式可讀取的上限
syntax-unexpected-char = 意外的字元{ $found }
syntax-missing-field = 缺少欄位{ $field }
syntax-unknown-field = 未知欄位{ $found }；應為{ $expected }之一
syntax-unknown-choice = 未知的值{ $found }；應為{ $expected }之一
syntax-other = 解析程式的原始訊息：{ $detail }
problem-read-failed = 讀取中斷（{ $detail }）
problem-parser-stopped = 解析執行緒意外停止
problem-parser-failed = 無法啟動解析執行緒（{ $detail }）
problem-utf32 = 文字為 { $utf32 } 編碼，本應用程式不支援；請另存為 { $utf8 }
problem-json-shape = 本應用程式匯出的格式（含「{ $rows }」列表的物件）、物件列表，或首項為標題列的列表的列表
problem-row-not-table = 第 { $row } 行是{ $found }；應為{ $shape }
problem-row-unlike = 第 { $row } 行是{ $found }；應與第 1 行一樣為{ $like }
problem-found-empty-object = 一個空物件
problem-found-keys = 一個含有鍵 { $keys } 的物件
problem-no-rows-key = 此 { $format } 檔案沒有「{ $rows }」；應為{ $shape }，實際為{ $found }
problem-shape = 資料類型不符（{ $detail }）
problem-too-many-values = 第 { $row } 行有 { $values } 個值，超過表格最多 { $limit } 欄的上限
problem-too-many-keys = 第 { $row } 行帶來鍵「{ $key }」，超出本應用程式可讀取的 { $limit } 個不同的鍵（欄）；應為鍵相同的物件，每個項目一個
problem-too-many-cells = 讀到第 { $row } 行時表格將達 { $rows } 行 × { $columns } 欄，超過本應用程式可讀取的 { $limit } 個儲存格
problem-keys-of-their-own = { $size }；多數行帶有各自的鍵（最新的「{ $key }」首次出現在第 { $first } 行）：應為鍵相同的物件，每個項目一個
problem-no-such-sheet = 活頁簿中沒有第 { $sheet } 個工作表；現有工作表為{ $sheets }
problem-empty-sheet = 工作表「{ $name }」是空的；請從{ $sheets }中另選一個
workbook-in-sheet = 工作表{ $sheet }：{ $what }
workbook-sheet-number = （第 { $n } 個）
workbook-not-a-workbook = 這不是試算表；應為 Excel 活頁簿（XLSX 或 XLS）或 ODS 試算表
workbook-compound-without-workbook = 這不是試算表（此複合文件中沒有活頁簿）；應為 Excel 活頁簿（XLSX 或 XLS）或 ODS 試算表
workbook-zip-without-workbook = 這不是試算表（此 壓縮檔中沒有活頁簿）；應為 Excel 活頁簿（XLSX 或 XLS）或 ODS 試算表
workbook-web-page = 這是以試算表檔名儲存的網頁表格，銀行和企業管理系統下載的檔案常見這種情況；請在 Excel 中開啟，另存為 XLSX 或 CSV
workbook-xml-spreadsheet = 這是 Excel 2003 XML 試算表，本應用程式無法讀取；請在 Excel 中開啟並另存為 XLSX
workbook-password = 活頁簿設有密碼保護；請在 Excel 中開啟，移除密碼（檔案 > 資訊 > 保護活頁簿），儲存後重新開啟
workbook-damaged = 活頁簿已損毀或無法讀取；請在 Excel 中開啟，重新儲存後再試（讀取程式的原始訊息：{ $detail }）
workbook-reader-stopped = 活頁簿已損毀，無法讀取（試算表讀取程式中途停止）；請在 Excel 中開啟，重新儲存後再試（原始訊息：{ $detail }）
workbook-reader-stopped-at = 活頁簿已損毀，無法讀取（試算表讀取程式在工作表{ $sheet }處停止）；請在 Excel 中開啟，重新儲存後再試（原始訊息：{ $detail }）
workbook-too-many-parts = 活頁簿包含 { $parts } 個組件，超過本應用程式可讀取的 { $limit } 個（正常活頁簿只有數十個）
workbook-archive-too-large = 活頁簿各組件解壓後將超過 { $limit }，超出本應用程式對單一活頁簿的讀取上限；疑似壓縮炸彈
workbook-part-too-large = 組件 { $part } 解壓後為 { $size }，超過本應用程式對活頁簿單一組件的讀取上限 { $limit }
workbook-part-packed-tight = 組件 { $part } 將從 { $packed } 解壓至 { $size }（為壓縮後大小的 { $ratio } 倍；正常活頁簿為 5 至 20 倍）：疑似壓縮炸彈，不予開啟
workbook-part-beyond-declared = 組件 { $part } 解壓後超過其目錄聲明的 { $declared }；活頁簿已損毀，或是為耗盡記憶體而構造
workbook-long-tag = 組件 { $part } 中有超過 { $limit } 的標記；活頁簿已損毀
workbook-long-text = 組件 { $part } 中有超過 { $limit } 的連續文字或空格而無任何標記，超出任何儲存格的容量：活頁簿已損毀，或是為耗盡記憶體而構造
workbook-strings-announced = 組件 { $part } 聲明有 { $announced } 個共用字串，超過本應用程式可讀取的 { $limit } 個
workbook-too-many-strings = 組件 { $part } 中的共用字串超過 { $limit } 個，已達本應用程式讀取上限
workbook-ods-grid = 組件 { $part } 中的工作表超過 { $limit } 個儲存格，已達本應用程式對 ODS 活頁簿的讀取上限
workbook-ods-grid-trim = 組件 { $part } 中的工作表超過 { $limit } 個儲存格，已達本應用程式對 ODS 活頁簿的讀取上限；請在試算表軟件中刪除表格下方的行和右方的欄，儲存後重新開啟
workbook-sector-loop = 活頁簿已損毀：其磁區鏈形成循環；請在 Excel 中開啟，重新儲存後再試
workbook-stream-outside = 活頁簿已損毀：有資料串流指向檔案資料之外；請在 Excel 中開啟，重新儲存後再試
workbook-sector-table = 活頁簿已損毀：其磁區表比檔案本身還大；請在 Excel 中開啟，重新儲存後再試
workbook-xls-sheets = 截至工作表{ $sheet }，各工作表合計超過 { $limit } 個儲存格，已達本應用程式對 XLS 活頁簿的讀取上限；請在 Excel 中刪除各表格下方的行和右方的欄，儲存後重新開啟
workbook-xls-far-cell = 工作表{ $sheet }：儲存格 { $cell } 遠在表格之外（表格從 { $start } 開始）：讀取至該儲存格將達 { $rows } 行 × { $columns } 欄，超過本應用程式對 XLS 活頁簿可讀取的 { $limit } 個儲存格；請在 Excel 中刪除表格下方的行和右方的欄，儲存後重新開啟
workbook-xls-dimensions = 工作表{ $sheet }聲明的範圍為第 { $first_row } 至 { $last_row } 行、第 { $first_column } 至 { $last_column } 欄，超過本應用程式對 XLS 活頁簿可讀取的 { $limit } 個儲存格：活頁簿已損毀；請在 Excel 中開啟，重新儲存後再試
workbook-filled-cells = 該工作表的非空白儲存格超過 { $limit } 個，已達本應用程式讀取上限
workbook-far-cell = 儲存格 { $cell } 遠在表格（{ $table }）之外：讀取至該儲存格將使工作表達 { $rows } 行 × { $columns } 欄，{ $limit }；請在試算表軟件中刪除表格下方的行和右方的欄（按 Ctrl+End 可跳到最後一個使用中的儲存格），儲存後重新開啟
workbook-table-too-large = 表格 { $table } 為 { $rows } 行 × { $columns } 欄，{ $limit }
workbook-limit-columns = 超過本應用程式可讀取的 { $limit } 欄
workbook-limit-cells = 超過本應用程式可讀取的 { $limit } 個儲存格
size-bytes = { $n } 位元組
problem-reference = 參考資料有誤（{ $detail }）
value-kind-object = 物件
value-kind-list = 列表
value-kind-text = 文字
value-kind-number = 數字
value-kind-boolean = 布林值
value-kind-null = 空值
quoted = 「{ $text }」
expected-year = 年份，例如 2015
expected-date = 日期，例如 2015-06-30
expected-employees = 僱員人數
expected-coordinate = 以度為單位的座標
expected-yes-no = 是或否
expected-currency = 貨幣，例如 USD、CNY、人民幣或港元
expected-amount = 非負金額，例如 12.5
expected-convertible-amount = 以 USD、CNY 或 HKD 計的金額（該貨幣或年份沒有匯率）
expected-spreadsheet-value = 一個值（電子表格中顯示為錯誤）
map-override-syntax = { $flag }「{ $spec }」：格式應為 { $form }
map-override-field = { $flag }「{ $spec }」：未知欄位「{ $key }」；可用欄位：{ $fields }
map-override-column = { $flag }「{ $spec }」：沒有「{ $column }」這一欄；檔案中的欄位為：{ $columns }

## The data-quality report (query::messages): the headline under the notice, then the lines of the window and inspect

quality-rows-read = 已讀取 { $n } 行
quality-rows-skipped = 略過 { $n } 行
quality-values-repaired = 修正 { $n } 個值
quality-values-unreadable = { $n } 個值無法讀取
quality-unknown-names = { $n } 個未能識別的行業或區縣名稱
quality-notes = { $n } 項說明
quality-skipped-line = 略過第 { $line } 行：{ $reason }
quality-more-skipped = ……另有 { $n } 行被略過
quality-extra-column = 附加欄位
quality-column = { $name }（{ $target }）：缺失 { $missing } 個，修正 { $repaired } 個，無法讀取 { $unreadable } 個
quality-converted = ，其中 { $n } 個按簽約年份匯率由 { $currency } 換算
quality-first-invalid = （首個在第 { $line } 行：「{ $value }」，應為{ $expected }）
quality-unknown-sector = 未能識別的行業「{ $name }」，共 { $rows } 行（按原文保留）
quality-unknown-district = 未能識別的區縣「{ $name }」，共 { $rows } 行（按原文保留）
quality-matched = 已配對{ $column }：{ $labels } 個名稱（{ $rows } 行），依據{ $how }
quality-matched-example = ，例如 { $example } → { $matched }
quality-more-unknown = ……另有 { $n } 個未能識別的名稱
quality-no-column = 以下欄位沒有對應的欄：{ $fields }
match-exact = 名稱完全相同
match-chinese-name = 中文名稱
match-pinyin = 拼音
match-adcode = 行政區劃代碼
match-section-letter = 行業門類字母
match-english-variant = 英文別稱
note-ignored-cell = 已略過儲存格 { $cell }（「{ $value }」）：{ $why }
note-beyond-the-sheet = 它超出了電子表格的最後一個儲存格（{ $last }）
note-far-outside = 它在所在的行和欄中獨佔一格，遠離表格 { $table }
note-more-ignored = 另有 { $n } 個類似的儲存格被略過
read-as-comma = 逗號分隔
read-as-semicolon = 分號分隔
read-as-tab = 定位字元分隔
read-as-pipe = 直線分隔
read-as-quote = 引號為 { $quote }
read-as-decimal-comma = 以逗號作小數點
read-as-sheet = 工作表「{ $name }」
read-as-header = 標題列在第 { $line } 行
read-as-columns = { $n } 欄
format-delimited = 分隔文字
format-workbook = 電子表格
column-type-number = 數字
column-type-date = 日期
column-type-text = 文字
column-type-empty = 空

## The command line's own refusals and reports (clap's help and usage text stay English)

cli-unknown-choice = 未知的 { $flag }「{ $given }」；可選值：{ $choices }
cli-unknown-value = 未知的值「{ $given }」；可選值：{ $choices }
cli-invalid-value = { $arg } 的值無效：{ $problem }
cli-counts-from-one = { $flag } 由 1 開始計算
cli-at-least-one = { $flag } 最少為 1
cli-bound-infinite = 「{ $given }」不是有限的金額；請以{ $millions }為單位填寫，例如 12.5
cli-bound-not-a-number = 「{ $given }」不是數字；請以{ $millions }為單位填寫，例如 12.5
cli-view-bound = 檢視中的 { $key } 為 { $bound }；請填寫以{ $millions }為單位的數字
cli-millions-usd = 百萬美元
cli-millions-cny = 百萬元人民幣
cli-millions-hkd = 百萬港元
cli-view-bounds-currency = 檢視中的金額上下限以 { $currency } 計；請使用 { $flags }（上下限只能用一種幣種）
cli-bounds-one-currency = 金額上下限只能用一種幣種：{ $first } 與 { $second } 不能同時使用
cli-unknown-name = 未知的{ $field }「{ $name }」；可選值：{ $choices }
cli-sort-direction = { $flag } { $spec }：未知的排序方向「{ $direction }」；請用 { $asc }（升序）或 { $desc }（降序）
cli-sort-column = { $flag }：沒有「{ $name }」這一欄；可選欄位：{ $choices }
cli-export-extension = 無法判斷 { $path } 的格式；可用副檔名：{ $extensions }
cli-not-pdf = { $path } 不是 { $extension } 檔案
cli-not-from-disk = 該檔案並非從磁碟讀取
cli-cannot-write-report = 無法寫出報告：{ $error }
cli-quality-warning = 數據質素：{ $headline }（詳情請執行 `{ $command }`）
cli-chart-wrote = 已將「{ $chart }」圖表數據（{ $total } 個項目中的 { $shown } 個）寫入 { $path }
cli-brief-wrote = 已將 { $shown } 個項目（共 { $total } 個）的簡報寫入 { $path }
cli-deck-wrote = 已將 { $pages } 頁簡報寫入 { $path }
inspect-file = 檔案：    { $file }
inspect-read-as = 讀取方式：{ $format } · { $how }
inspect-rows = 行數：    { $n }
inspect-plain-table = 普通表格：沒有對應{ $fields }的欄位（請使用 { $flag }）
inspect-columns = 欄位：
inspect-to-field = → { $field }
inspect-to-field-in = → { $field }，單位 { $unit }
inspect-to-currency = → 該行的貨幣
inspect-extra-column = （附加欄位）
inspect-quality = 數據質素：
weights-unknown-factor = 權重中有未知因子「{ $given }」；可用名稱：{ $names }
weights-malformed = 權重格式應為 { $form }，實際為「{ $given }」；可用名稱：{ $names }
weights-not-a-number = { $factor } 的權重須為 ≥ 0 的數字，實際為「{ $given }」；可用名稱：{ $names }
weights-negative = { $factor } 的權重為負數（{ $value }）；權重須 ≥ 0；可用名稱：{ $names }
weights-all-zero = 所有權重均為 0，無從評分；請給 { $names } 中最少一項大於 0 的權重
score-error-recent-years = 近期窗口須為 1 至 { $most } 年，實際為 { $given }
score-error-too-many-cells = { $sectors } 個行業 × { $districts } 個區縣，需評分的組合超過 { $most } 個；請收窄篩選範圍，或按行業或按區縣評分

## Published facts (data/facts.ron) in the reader's language: English as in the data (a test checks they agree),
## the Chinese as the Chinese sources word them

fact-hk-projects-label = 在渝港資項目
fact-hk-projects-value = 逾 3,500 個
fact-hk-projects-detail = 港資項目累計數目。此前數據：截至 2016 年底 2,842 個（《中國日報》，2017 年 2 月），截至 2021 年底約 3,344 個（香港貿發局，據 iChongqing，2022 年 3 月 4 日）。
fact-hk-projects-source = 重慶市商務委員會，據 iChongqing，2023 年 11 月 13 日；中國新聞網，2024 年 10 月 25 日
fact-hk-contracted-label = 港資合同外資
fact-hk-contracted-value = 704 億美元
fact-hk-contracted-detail = 來自香港的累計合同外資（並非實際使用外資）。
fact-hk-contracted-source = 重慶市商務委員會，據 iChongqing，2023 年 11 月 13 日；中國新聞網，2024 年 10 月 25 日
fact-trade-2023-label = 2023 年 1–9 月渝港貿易額
fact-trade-2023-value = 391 億元人民幣（約 53.7 億美元）
fact-trade-2023-detail = 香港是重慶第三大貿易夥伴。
fact-trade-2023-source = 重慶市商務委員會，據 iChongqing，2023 年 11 月 13 日
fact-share-2022-label = 2022 年港資佔重慶外資比重
fact-share-2022-value = 73.2%
fact-share-2022-detail = 出自圖表《2022 年香港在渝投資》。
fact-share-2022-source = 重慶市商務委員會，據 iChongqing，2023 年 11 月 13 日
fact-share-long-run-label = 港資佔重慶外資的長期比重
fact-share-long-run-value = 逾 60%
fact-share-long-run-detail = 一直佔全市外資的 60% 以上；2021–2023 年累計比重約為 55–56%（iChongqing，2021 年 9 月 26 日及 2023 年 1 月 13 日）。
fact-share-long-run-source = iChongqing，2023 年 11 月 13 日；2021 年 9 月 26 日；2023 年 1 月 13 日
fact-cooperation-mechanism-label = 渝港合作機制
fact-cooperation-mechanism-value = 11 個範疇、47 項
fact-cooperation-mechanism-detail = 2023 年 5 月 11 日設立。範疇：「一帶一路」及經貿投資；金融；創新科技；物流；文化旅遊；教育；人才；青年；法律及爭議解決；衞生健康及中醫藥；便利香港居民。
fact-cooperation-mechanism-source = 香港特區政府新聞公報 P2023051100454
fact-chengdu-chongqing-circle-label = 成渝地區雙城經濟圈
fact-chengdu-chongqing-circle-value = 18.5 萬平方公里 · 約 9,600 萬人 · 地區生產總值約 6.3 萬億元人民幣
fact-chengdu-chongqing-circle-detail = 雙城經濟圈的面積、人口及 2019 年地區生產總值。
fact-chengdu-chongqing-circle-source = 國務院，《成渝地區雙城經濟圈建設規劃綱要》，2021 年 10 月
fact-note-trade-slip-label = 註：是投資，不是貿易
fact-note-trade-slip-value = 佔外資 60% 以上
fact-note-trade-slip-detail = 2023 年 11 月 13 日的報道稱香港佔「對外貿易總額 60% 以上」，應為外資之誤。中國新聞網（2024 年 10 月 25 日）的表述正確，而香港只是第三大貿易夥伴。
fact-note-trade-slip-source = iChongqing，2023 年 11 月 13 日；中國新聞網，2024 年 10 月 25 日
fact-note-contracted-vs-utilised-label = 註：合同外資不等於實際使用外資
fact-note-contracted-vs-utilised-value = 704 億美元為合同外資
fact-note-contracted-vs-utilised-detail = 合同外資是經批准合同中承諾的金額；實際使用外資是實際到位的資金，通常低得多。除註明為實際使用外資者外，本數據集的金額均為合同外資。
fact-note-contracted-vs-utilised-source = 中國外商投資統計口徑（商務部、國家統計局）
fact-note-round-tripping-label = 註：中國統計中的「香港」
fact-note-round-tripping-value = 包括返程投資
fact-note-round-tripping-detail = 中國統計按投資企業的註冊地記錄投資，因此「香港」包括經香港公司投資回內地的內地資本（返程投資），以及總部設於香港的內地國有企業集團。
fact-note-round-tripping-source = 按註冊來源地劃分的中國外商投資統計（商務部、國家統計局）

## The why of a score, one line per factor (query::score::why_text_in)

why-line = { $factor } { $norm }/100：{ $detail }
why-no-year = 無簽約年份
why-years = { $years } 年
why-scale = 合同外資 { $amount }
why-momentum = { $recent_years }合同外資 { $recent }，{ $prior_years }為 { $prior }
why-realisation = 合同外資 { $contracted } 中實際使用 { $utilised }（{ $share }）
why-breadth = { $n } 個不同的投資方
why-openness-one = 僅 1 個投資方，持有全部合同外資
why-openness = { $n } 個投資方，最大一家佔合同外資的 { $share }
why-policy-focus = 屬 2023 年渝港合作機制的重點範疇
why-policy-not-focus = 不屬 2023 年渝港合作機制的重點範疇
why-policy-district = 其合同外資 { $contracted } 中有 { $share } 屬 2023 年合作機制的重點範疇
why-white-space = 合同外資 { $actual }，而按其行業與區縣的總量推算應為 { $expected }

# 匯出失敗的原因（接在「匯出失敗：」之後）。系統或程式庫的原始訊息照錄。
export-error-io = 無法寫入 { $path }（{ $detail }）
export-error-too-many-rows = { $rows } 列超出 Excel 工作表的上限（最多 { $limit } 列）；請縮小篩選範圍，或改為匯出 CSV
export-error-too-many-columns = { $columns } 欄超出 Excel 工作表的上限（最多 { $limit } 欄）；請改為匯出 CSV
export-error-unknown-type = { $path }：無法辨識的檔案類型；請使用 { $extensions } 之一
export-error-no-story = 尚未選擇要製作簡報的故事
export-error-encode = 無法以此格式寫出資料（原始訊息：{ $detail }）
