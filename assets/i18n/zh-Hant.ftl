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
map-caption-boundaries = 區縣邊界：{ $package }（{ $licence }），簡化精度約100米；兩江新區（2025年）以江北區、渝北區的外輪廓近似
map-no-geometry = 無法讀取區縣地圖：{ $error }
