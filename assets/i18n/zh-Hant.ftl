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
pdf-top-projects = 合同外資前 { $n } 大項目
