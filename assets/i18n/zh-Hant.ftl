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
notice-exported = 已將 { $shown } 個項目（共 { $total } 個）匯出到 { $path }。
notice-exported-picture = 已將 { $shown } 個項目（共 { $total } 個）匯出為 { $width }×{ $height } 像素的圖片：{ $path }。
notice-opened = 已開啟 { $source }（{ $n } 個項目）。{ $quality }
notice-view-saved = 已儲存檢視「{ $name }」。
notice-the-view = 該檢視
notice-view-name = 「{ $name }」
notice-view-from = （來自 { $path }）
notice-showing-view = 正在顯示{ $name }{ $origin }。
notice-showing-view-but = 正在顯示{ $name }{ $origin }，但{ $warnings }；這些條件不符合任何項目。
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

cell-yes = 是
cell-no = 否

## The default data's own labels

value-status-contracted = 已簽約（未動工）
value-status-under-construction = 興建中
value-status-operating = 營運中
value-status-completed = 已完成／已退出
value-status-closed = 已結業
value-origin-hong-kong = 香港特別行政區
value-band-under-1 = 100 萬美元以下
value-band-1-10 = 100–1,000 萬美元
value-band-10-50 = 1,000–5,000 萬美元
value-band-50-200 = 5,000 萬–2 億美元
value-band-200-800 = 2–8 億美元
value-band-over-800 = 8 億美元及以上
