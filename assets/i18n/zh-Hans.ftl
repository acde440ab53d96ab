# Investment Explorer，简体中文：面向重庆及内地读者。与 en.ftl 一一对应，变量相同（tests/i18n.rs 会检查）。

## Tabs

tab-table = 项目明细
tab-breakdown = 分类汇总
tab-charts = 图表
tab-map = 地图
tab-export-this = 导出本页…

## Menus

menu-file = 文件
menu-export = 导出
menu-edit = 编辑
menu-view = 视图
menu-help = 帮助
menu-view-theme = 主题
menu-view-theme-light = 浅色
menu-view-theme-dark = 深色
menu-view-currency = 币种
menu-view-amounts-in = 金额单位
menu-view-language = 语言
menu-view-language-hint = 菜单、标签和导出文件使用此语言；您自己文件中的名称保持原样。

## Money

money-currency-usd = 美元（USD）
money-currency-cny = 人民币（CNY，按各项目签约年份的汇率折算）
money-currency-hkd = 港元（HKD，按各项目签约年份的汇率折算）
money-scale-auto = 自动（万 / 亿）
money-scale-millions = 百万（m）
money-scale-billions = 十亿（bn）
money-scale-wan = 万
money-scale-yi = 亿
money-amounts-in = 金额单位：{ $unit }

## Charts

chart-by-sector = 按行业
chart-over-time = 历年走势
chart-sizes = 项目规模分布
chart-sectors-by-year = 各年行业构成
chart-caption = 合同外资，{ $unit } · { $source }
chart-axis-year = 签约年份
chart-axis-projects = 项目数
chart-axis-contracted = 合同外资（{ $unit }）
chart-axis-size = 单个项目合同外资（{ $unit }，对数刻度）
chart-contracted-per-year = 年度合同外资（{ $unit }）
chart-cumulative-contracted = 累计合同外资（{ $unit }）
chart-projects-per-year = 年度项目数
chart-cumulative-projects = 累计项目数

## Status bar: “显示 312 个项目（共 3,530 个）· 合同外资 12.4 亿美元（占 17.6%）· 模拟样本”

status-projects = 显示 { $shown } 个项目（共 { $total } 个）
status-rows = 显示 { $shown } 行（共 { $total } 行）
status-contracted = 合同外资 { $amount }（占 { $share }）
count-projects = { $n } 个项目

## Empty state

empty-title = 没有符合筛选条件的项目
empty-hint = 请移除上方的筛选标签，或重新开始。
empty-clear = 清除筛选

## Data

data-synthetic = 模拟样本
data-synthetic-long = 依据公开汇总数据校准的模拟样本——并非真实项目
data-synthetic-badge = 模拟数据
data-yours = 您的数据
data-not-stated = 未注明
data-other = 其他
data-hk-projects = 港资项目
data-liangjiang = 两江新区
data-whole-municipality = 全市
data-central-urban = 中心城区

## Key figures

figure-projects = 项目数
figure-projects-hint = 当前筛选范围内的项目数
figure-contracted = 合同外资
figure-utilised = 实际使用外资
figure-utilisation = 资金到位率
figure-utilisation-hint = 实际使用外资 ÷ 合同外资，仅统计两项均有数据的项目
figure-average = 平均规模
figure-average-hint = 每个项目的平均合同外资：少数超大项目会拉高平均值
figure-median = 规模中位数
figure-median-hint = 一半项目的规模小于此值

## Fields

field-id = 编号
field-name = 项目名称
field-investor = 投资方
field-origin = 投资来源地
field-sector = 行业
field-sub-sector = 细分行业
field-district = 区县
field-year = 年份
field-status = 项目状态
field-contracted = 合同外资
field-utilised = 实际使用外资
field-employees = 从业人数
field-lat = 纬度
field-lon = 经度
field-in-liangjiang = 位于两江新区
field-contract-date = 签约日期
field-size-band = 规模区间
field-synthetic = 模拟数据
field-source = 数据来源

## Story: the slides a presenter builds (the story panel, from the View menu)

story-heading = 演示文稿
story-close = 隐藏
story-title = 演示标题
story-title-hint = 例如：港资在重庆 2024 年度回顾
story-add = 将当前视图添加为幻灯片
story-present = 演示
story-open = 打开演示文稿…
story-save = 保存演示文稿…
story-empty = 尚无幻灯片。先设置好视图（筛选条件、标签页、图表），再将其添加为幻灯片（{ $key }）。
story-untitled = 未命名幻灯片
story-jump-hint = 显示这张幻灯片的视图
story-slide-title = 幻灯片标题
story-caption = 说明文字
story-caption-hint = 希望客户从这张幻灯片中记住的要点
story-move-up = 上移
story-move-down = 下移
story-duplicate = 复制
story-update = 用当前视图更新
story-delete = 删除幻灯片
story-warning = 第 { $slide } 张幻灯片：{ $warning }
story-opened = 已打开演示文稿 { $file }（{ $slides } 张幻灯片）。
story-opened-warnings = 已打开演示文稿 { $file }（{ $slides } 张幻灯片），但{ $warnings }；这些部分没有匹配的项目。
story-open-failed = { $error }。演示文稿未作改动。
story-saved = 演示文稿已保存到 { $file }。
story-save-failed = { $error }。未作任何改动。
story-file-dialog = 演示文稿（{ $extension }）

## Presentation mode

present-counter = { $number } / { $total }
present-typed = 跳至第 { $typed } 张…
present-top-projects = 前 { $shown } 个项目（共 { $total } 个）
present-current-view = 当前视图

## Menus of the story and presentation mode

menu-open-story = 打开演示文稿…
menu-save-story = 保存演示文稿…
menu-view-theme-projector = 投影
menu-view-theme-projector-hint = 浅色背景、线条更粗、字号更大，适合在明亮的会议室投影
menu-view-present = 演示
menu-view-story = 演示文稿面板
menu-help-shortcuts = 键盘快捷键

## Keyboard shortcuts (the list in the Help menu)

shortcuts-title = 键盘快捷键
shortcuts-window = 查看数据时
shortcuts-presenting = 演示时
key-open = 打开项目文件
key-focus-search = 搜索项目和投资方名称
key-export = 导出当前标签页的内容
key-tab-table = 表格标签页
key-tab-breakdown = 分类汇总标签页
key-tab-charts = 图表标签页
key-tab-map = 地图标签页
key-undo = 撤销
key-redo = 重做
key-present = 全屏演示
key-story-panel = 显示或隐藏演示文稿面板
key-add-slide = 将当前视图添加为幻灯片
key-duplicate-slide = 复制所选幻灯片
key-delete-slide = 删除所选幻灯片
key-move-slide-up = 上移所选幻灯片
key-move-slide-down = 下移所选幻灯片
key-rename-slide = 重命名所选幻灯片
key-edit-caption = 编辑所选幻灯片的说明文字
key-update-slide = 用当前视图更新所选幻灯片
key-next-story-slide = 显示下一张幻灯片的视图
key-previous-story-slide = 显示上一张幻灯片的视图
key-open-story = 打开演示文稿文件
key-save-story = 将演示文稿保存为文件
key-projector-theme = 开启或关闭投影主题
key-shortcuts = 本快捷键列表
key-present-next = 下一张
key-present-previous = 上一张
key-present-first = 第一张
key-present-last = 最后一张
key-present-jump = 跳至指定编号的幻灯片
key-present-revert = 撤销在本页上的点击（恢复为保存时的幻灯片）
key-present-leave = 退出演示，回到之前的视图
