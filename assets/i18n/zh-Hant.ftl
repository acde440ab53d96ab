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
