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

## Status bar: 「顯示 312 個項目（共 3,530 個）· 合同外資 12.4 億美元（佔 17.6%）· 模擬樣本」

status-projects = 顯示 { $shown } 個項目（共 { $total } 個）
status-rows = 顯示 { $shown } 行（共 { $total } 行）
status-contracted = 合同外資 { $amount }（佔 { $share }）
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
opp-section-districts = 區縣評分
opp-section-compare = 比較（{ $n }）
opp-col-score = 評分
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
opp-districts-hint = 區縣評分 0–100 · 點擊區縣即篩選至該區縣
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
