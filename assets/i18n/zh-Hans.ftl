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
chart-by-sub-sector = 按细分行业
chart-by-district = 按区县
chart-other-sectors = 其他（{ $n } 个行业）
chart-other-sub-sectors = 其他（{ $n } 个细分行业）
chart-other-districts = 其他（{ $n } 个区县）
chart-other-groups = 其他（{ $n } 组）
chart-bar = 条形 { $name }
chart-bar-hint = { $name }：合同外资 { $amount } · { $n } 个项目 · 占所选 { $share }
chart-click-to-filter = 点击即按此筛选
chart-without-year = { $n } 个项目无签约年份，未计入图中
chart-without-amount = { $n } 个项目无合同金额，未计入图中
chart-year-hint = { $year } 年：{ $value } · { $n } 个项目
chart-cumulative-hint = 截至 { $year } 年：{ $value }
chart-segment = 分段 { $name } { $year }
chart-segment-hint = { $name }，{ $year } 年：{ $amount } · { $n } 个项目
chart-size-hint = { $range }：{ $n } 个项目
chart-size-bar = 规模条形 { $range }

## Status bar: “显示 312 个项目（共 3,530 个）· 合同外资 12.4 亿美元（占 17.6%）· 模拟样本”

status-projects = 显示 { $shown } 个项目（共 { $total } 个）
status-rows = 显示 { $shown } 行（共 { $total } 行）
status-contracted = 合同外资 { $amount }（占 { $share }）
status-computing = 正在计算…
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

## Tables: the Breakdown, the project table, the detail panel and the filter panel

table-rows-selected = 已选 { $n } 行
table-copied-rows = 已复制 { $n } 行到剪贴板。
table-export-selection = 导出所选行…
filter-amount = 合同外资（{ $unit }）
filter-amount-hint = 上下限以{ $currency }计：各项目的合同外资按签约年份的平均汇率折算为{ $currency }后比较。切换显示币种时上下限保留原币种，筛选结果不变；清空上下限后即可按其他币种输入。
filter-amount-kept = 上下限以{ $bounds }计，表格显示{ $shown }。清空后可按{ $shown }输入。
filter-rerank = 按项目数重新排序
filter-rerank-hint = 勾选时列表顺序保持不变；点此按当前项目数重新排序。
table-hint = 点击表头排序 · { $shift }+点击增加排序键 · { $copy } 复制所选行
table-columns = 显示列
table-sort-hint = 点击排序；再次点击反向排序；{ $shift }+点击设为次要排序键
table-converted-hint = 按签约年份的平均汇率折算：1 美元 = { $rate } { $currency }
detail-title = 项目
detail-hint = 点击表格中的一行，在此查看项目详情。
detail-sector = 行业 { $code } · { $name } { $name_zh }
detail-cooperation = 2023 年渝港合作机制的重点领域。
detail-division = { $region } · { $kind } · 行政区划代码 { $adcode }
detail-kind-district = 区
detail-kind-county = 县
detail-kind-autonomous-county = 自治县
detail-in-liangjiang = 部分位于两江新区。
detail-provenance = 数据来源
breakdown-group-by = 分组依据
breakdown-drill-hint = 点击一行查看下级明细
breakdown-units = 金额单位：{ $unit } · 资金到位率 = 实际使用外资 ÷ 合同外资
breakdown-cross-tab = 交叉表：{ $by }
breakdown-cross-by = 按
breakdown-cells = 单元格：合同外资，{ $unit }
filter-title = 筛选
filter-clear-all = 全部清除
filter-clear-all-hint = 移除所有筛选条件
filter-views = 已保存的视图
filter-views-hint = 将当前的筛选条件、排序、列、标签页和单位保存为命名视图。
filter-delete-view-hint = 删除视图“{ $name }”
filter-save-view = 保存视图…
filter-view-name = 视图名称
filter-save = 保存
filter-cancel = 取消
filter-facet-selected = { $facet }（已选 { $n } 项）
filter-clear = 清除
filter-clear-facet-hint = 清除“{ $facet }”筛选
filter-find = 查找{ $facet }
filter-more = …… 另有 { $n } 项：请在上方输入查找
filter-panel-search = 搜索
filter-search-hint = 项目或投资方名称
filter-panel-years = 签约年份
filter-from = 从
filter-to = 至
filter-min = 下限
filter-max = 上限
filter-any-amount = 不限
filter-liangjiang-hint = 中国内陆的国家级新区，横跨江北、渝北、北碚三区的部分区域
filter-any = 不限
filter-inside = 区内
filter-outside = 区外

## Exports and the app's own file chooser

export-selected-rows = 所选行导出为 { $format }…
export-done-with-about = 已将{ $what }导出到 { $path }，说明见 { $about }。
chooser-no-dialog = 本系统没有文件对话框，因此使用应用自带的文件选择框。
chooser-folder = 文件夹
chooser-up = 上一级
chooser-file-name = 文件名
chooser-types = 显示文件夹和 { $types } 文件
chooser-save = 保存
chooser-open = 打开
chooser-cancel = 取消
chooser-unreadable = 无法读取此文件夹：{ $error }
chooser-is-folder = 这是文件夹，请输入文件名。
chooser-replaces = 已有同名文件，保存将替换该文件。
chooser-no-such-file = 此文件夹中没有该文件。
## Map

map-zoom-whole = 全市
map-zoom-central = 中心城区
map-measure-contracted = 按合同外资
map-measure-projects = 按项目数
map-measure-share = 按占比
map-style-filled = 分区填色
map-style-bubbles = 气泡
map-hint = 点击区县即可筛选；悬停查看数据
map-district = 区县 { $name }
map-legend-contracted = 合同外资（{ $unit }）
map-legend-projects = 项目数
map-legend-share = 占合同外资比重（%）
map-legend-range = { $low } – { $high }
map-legend-bubbles = 气泡面积随数值增大
map-legend-no-project = 所选范围内无项目
map-legend-liangjiang = 两江新区（2025年）
map-legend-liangjiang-note = 以江北区、渝北区的外轮廓近似2025年边界
map-legend-small = 较小区县：引线标注或悬停显示名称
map-not-on-map = 未在地图上显示：{ $n } 个项目，{ $amount }（区县未识别）
map-tooltip-contracted = 合同外资 { $amount }
map-tooltip-share = 占所选范围 { $share }
map-tooltip-liangjiang = 属两江新区（2025年）
map-tooltip-click = 点击筛选该区县
map-title-contracted = 各区县合同外资（{ $unit }）
map-title-projects = 各区县项目数
map-title-share = 各区县合同外资占比
map-measure-score = 按机会评分
map-title-score = 各区县投资机会评分
map-title-best-cell = 各区县最佳行业组合的机会评分
map-legend-score = 投资机会评分 0–100
map-legend-best-cell = 最佳组合的机会评分 0–100
map-legend-score-note = 按“投资机会”页当前的权重和 { $years } 年近期窗口计算
map-legend-no-score = 无评分（项目少于 { $below } 个）
map-tooltip-score = 机会评分 { $score } / 100
map-tooltip-best-cell = 最佳组合：{ $sector } · 评分 { $score } / 100
map-tooltip-thin-cell = 样本少：该组合目前仅有 { $n } 个项目
map-tooltip-no-score = 无评分：所选范围内项目少于 { $below } 个
map-caption-boundaries = 区县边界：{ $package }（{ $licence }），简化精度约100米；两江新区（2025年）以江北区、渝北区的外轮廓近似
map-no-geometry = 无法读取区县地图：{ $error }
## 已保存的设置：启动时无法完整读取时的提示（src/state.rs）

state-unreadable = 无法读取已保存的设置（{ $reason }），本次以默认设置启动。
state-kept-copy = 原文件已另存为 { $path }。
state-skipped = 部分已保存的设置无法读取，已略过：{ $what }。其余内容均已保留。
state-skipped-views = 已存视图 { $n } 个
state-skipped-mappings = 列映射 { $n } 个
state-skipped-settings = 其他设置 { $n } 项（已恢复默认）
state-list-separator = 、
state-not-reopened = 未重新打开 { $path }：上次打开该文件时程序意外关闭。如需重试，请从“文件”菜单再次打开。
## 投资机会页（第 12 号需求）：评分、热力图、短名单与对比

tab-opportunities = 投资机会
score-factor-scale = 规模
score-factor-momentum = 增长势头
score-factor-realisation = 资金到位率
score-factor-breadth = 投资方广度
score-factor-openness = 市场开放度
score-factor-policy = 政策契合度
score-factor-white-space = 市场空白
score-formula-window = 时间窗口：Y 为整个数据集中最近的签约年份，W = { $years } 年；近期 = Y−W+1 … Y，前期 = Y−2W+1 … Y−W。金额以百万美元计；C = 该组所选项目的合同外资合计。
score-formula-scale = ln(1 + C)。不会缺失。
score-formula-momentum = ln((1 + 近期 C) ÷ (1 + 前期 C))。不会缺失。
score-formula-realisation = 在已知实际使用外资的项目中，Σ 实际使用外资 ÷ Σ 合同外资。没有此类项目或其合同外资合计为 0 时缺失。
score-formula-breadth = ln(1 + 不同投资方的数目)。不会缺失。
score-formula-openness = 1 − Σ s_i²，s_i 为投资方 i 在 C 中的占比（即 1 − 赫芬达尔指数）。C = 0 时缺失。
score-formula-policy = 行业及组合：该行业属于 2023 年渝港合作机制重点领域为 1，否则为 0；区县：该区县 C 中重点行业所占比重（C = 0 时缺失）。
score-formula-white-space = 仅限行业 × 区县组合：ln((1 + E) ÷ (1 + A))，A 为该组合的 C，E = 所属行业的 C × 所属区县的 C ÷ 所选范围的 C。
score-formula-norm = 各因子在具备该因子的评分对象之间归一化：100 × (原始值 − 最小值) ÷ (最大值 − 最小值)；最大值等于最小值时取 50。
score-formula-total = 评分 = Σ 权重 × 归一值 ÷ Σ 权重，只计该组未缺失且权重大于 0 的因子。
score-formula-thin = 项目少于 { $below } 个的对象标为“样本少”：照常显示，但加以提示。
score-formula-order = 排序：评分由高到低；同分按名称排列。
score-note-synthetic = 示意：模拟样本
score-note-sources = 来源：{ $sources }
score-note-sources-more = 来源：{ $sources } 等（另有 { $more } 个来源）
score-note-separator = ；
why-factor-scale = 规模
why-factor-momentum = 增长势头
why-factor-realisation = 资金到位率
why-factor-breadth = 投资方广度
why-factor-openness = 市场开放度
why-factor-policy = 政策契合度
why-factor-white-space = 市场空白
why-policy-other = 不属 2023 年渝港合作机制重点领域
opp-rank-by = 排名对象
opp-by-sector = 行业
opp-by-district = 区县
opp-by-cell = 行业 × 区县组合
opp-presets = 预设权重
opp-preset-balanced = 均衡
opp-preset-momentum = 增长势头
opp-preset-white-space = 市场空白
opp-preset-policy = 政策导向
opp-weights = 权重
opp-weight-hint = { $factor }在评分中的权重；设为 0 即不计入。
opp-window = 近期窗口（年）
opp-window-hint = 增长势头比较最近 { $years } 个签约年份与此前 { $years } 年。
opp-about = 评分说明
opp-about-title = 投资机会评分说明
opp-about-intro = 对当前筛选结果的透明排名：每个因子、权重和数字都公开列示，命令行工具对同一文件也会算出相同的评分。
opp-about-weights = 当前权重
opp-section-ranking = 排名
opp-section-heat-map = 热力图
opp-section-map = 评分地图
opp-section-compare = 对比（{ $n }）
opp-col-score = 评分
opp-col-thin = 样本
opp-thin = 样本少
opp-thin-hint = 项目少于 { $below } 个：此评分仅供参考。
opp-pin-label = 标记 { $name }
opp-pin-hint = 加入短名单（最多 { $max } 项）以便对比。
opp-unpin-hint = 移出短名单。
opp-shortlist-full = 短名单最多 { $max } 项：请先移除一项。
opp-shortlist = 短名单
opp-shortlist-empty = 标记 2–5 个行业、区县、组合或项目（+），即可并列对比。
opp-remove-label = 将 { $name } 移出短名单
opp-compare = 对比
opp-compare-hint = 至少标记 { $min } 项才能对比。
opp-clear-shortlist = 清空
opp-why = 评分依据
opp-why-pick = 点击一行，查看其评分依据。
opp-why-title = { $name } · 评分 { $score }
opp-no-score = 无评分：该组所有有权重的因子均缺失。
opp-points = { $points } 分
opp-heat-hint = 组合评分 0–100：颜色越浓，在这些组合中分数越高 · 带点的格子项目少于 3 个 · 点击格子即筛选到该组合
opp-heat-label = { $district }{ $sector }：评分 { $score }
opp-map-hint-districts = 各区县按自身评分着色 · 点击区县即筛选到该区县
opp-map-hint-cells = 各区县按其最佳行业 × 区县组合着色 · 点击区县即筛选到该区县
opp-map-hint-sectors = 按行业排名时，地图显示各区县自身的评分 · 点击区县即筛选到该区县
opp-error = 无法计算评分：{ $error }
opp-compare-title = 短名单对比
opp-compare-within = 基于当前筛选 · 金额单位：{ $unit }
opp-compare-investors = 投资方
opp-compare-sub-sectors = 主要细分行业
opp-compare-districts = 主要区县
opp-compare-score = 评分及各因子
opp-compare-not-scored = 单个项目不参与评分。
opp-compare-nothing = 当前筛选中没有相关项目。
opp-pin-project = 将此项目加入短名单
opp-unpin-project = 将此项目移出短名单
opp-slide-title = 港资在重庆——短名单对比
## Commands

cmd-open-file = 打开…
cmd-copy-rows = 复制所选行
cmd-about = 关于数据
cmd-all-sectors = 全部行业
cmd-undo = 撤销
cmd-redo = 重做
cmd-export-view = 导出视图…
cmd-import-view = 导入视图…
cmd-confirm-open = 打开
cmd-cancel = 取消
cmd-cancel-load = 取消加载
cmd-remap = 设置列对应…
cmd-reload = 重新加载
cmd-keep-data = 保留当前数据
cmd-quality = 数据质量…

## Export menu items

export-rows = 项目明细（{ $format }）…
export-groups = 按{ $by }汇总（{ $format }）…
export-cross-tab = 交叉汇总表（{ $format }）…
export-map-png = 地图图片（PNG）…
export-chart-png = 图表图片（PNG）…
export-menu-note = 已选 { $shown } 个项目（共 { $total } 个）· 导出文件会注明筛选条件、单位和数据来源

## Banners and notices

banner-file-changed = 已打开的文件在磁盘上被修改。
banner-plain-table = 普通表格：没有列对应到{ $fields }。所有列均已显示；关键指标、图表和地图需要这些字段。
banner-quality = 数据质量：{ $headline }
drop-hint = 将 CSV、TSV、XLSX、JSON 或 RON 文件拖放到此处即可打开
notice-error = 错误：
notice-dismiss = 关闭
list-or = 或
list-and = 和
list-separator = 、

## The filter in words

filter-search = 搜索：“{ $text }”
filter-values = { $facet }：{ $names }
filter-year = 年份：{ $year }
filter-years = 年份：{ $from }–{ $to }
filter-years-from = 年份：{ $from } 年起
filter-years-to = 年份：至 { $to } 年
filter-years-any = 年份：不限
filter-contracted-between = 合同外资：{ $min } 至 { $max }
filter-contracted-min = 合同外资：≥ { $min }
filter-contracted-max = 合同外资：≤ { $max }
filter-contracted-any = 合同外资：不限
filter-in-liangjiang = 位于两江新区
filter-outside-liangjiang = 两江新区以外
filter-none = 无筛选条件
filter-separator = ；
chips-title = 筛选：
chips-remove-hint = 移除此筛选条件

## Where the rows came from

data-source-built-in = 内置数据集：依据公开汇总数据校准的模拟样本——并非真实项目
data-source-synthetic-file = { $path }（模拟样本，并非真实项目）

## The command line

cli-summary-headline = 已选 { $shown } 个项目（共 { $total } 个）· 合同外资 { $contracted } · 实际使用外资 { $utilised }
cli-filters = 筛选条件：{ $filters }
cli-source = 数据来源：{ $source }
cli-col-projects = 项目数
cli-col-contracted = 合同外资（{ $unit }）
cli-col-utilised = 实际使用外资（{ $unit }）
cli-col-share = 占比
cli-col-share-pct = 占比（%）
cli-export-wrote = 已将 { $shown } 个项目（共 { $total } 个）写入 { $path }

## Key figures

figure-contracted-hint = 合同外资：已签约合同中承诺投入的金额。公布的 704 亿美元即为合同外资。
figure-utilised-hint = 实际使用外资：实际到位的资金，通常少于合同外资。
figure-synthetic-hint = 目前没有公开的重庆港资项目清单。这些记录按公开汇总数据生成，合计与公布数字一致（3,530 个项目、合同外资 704 亿美元）。数据来源见“帮助 ▸ 关于数据”。
fact-published = 公开数据：
fact-hk-projects = 港资项目
fact-hk-contracted = 合同外资
fact-share-2022 = 占重庆 2022 年外商直接投资
fact-trade-2023 = 渝港贸易额（2023 年 1–9 月）
fact-strip-item = { $caption } { $value }
fact-hover =
    { $label }：{ $value }
    { $detail }
    来源：{ $source }（{ $date }）

## Help ▸ About the data

about-intro = 目前没有公开的重庆港资项目清单。项目记录按确定规则生成，与公布的汇总数据一致：共 3,530 个项目，合同外资恰为 704 亿美元；截至 2016 年底累计 2,842 个，截至 2021 年底累计 3,344 个。行业、区县、年份和规模分布依据全市数据估算。投资方和项目名称均为虚构。
about-current-source = 当前数据来源：{ $source }
about-facts = 主要公开数据
about-rates = 汇率
about-named-projects = 已公开的港资项目（参考图层）
about-named-projects-note = 有公开来源的真实港资项目。其数字为成交价、地价或建筑面积，因此不计入任何合计。

## Slides

slide-title = 重庆港资项目 — { $what }
slide-map-title = 各区县合同外资（{ $unit }）
slide-counts = { $status } · 金额单位：{ $unit }
slide-source = 数据来源：{ $source } · { $app } { $version } · { $time }

## The data-quality window

quality-title = 数据质量
quality-read-as = 读取方式：{ $how }
quality-copy = 复制报告
quality-close = 关闭

## The mapping dialog

open-title = 打开 { $file }
open-missing-fields = 没有对应{ $fields }的列：文件将以普通表格打开。所有列仍会显示；关键指标、图表和地图需要这些字段。
open-columns-rows = { $columns } 列 · 预览 { $rows } 行
open-encoding = 编码
open-delimiter = 分隔符
open-delimiter-comma = 逗号
open-delimiter-semicolon = 分号
open-delimiter-tab = 制表符
open-delimiter-pipe = 竖线
open-delimiter-other = 其他
open-decimals = 小数格式
open-header-row = 表头所在行
open-sheet = 工作表
open-mapping-title = 项目字段 ← 文件中的列
open-unit-of = { $field }单位
amount-unit-usd-m = 百万美元
amount-unit-usd = 美元
amount-unit-usd-k = 千美元
amount-unit-usd-10k = 万美元
amount-unit-usd-100m = 亿美元
amount-unit-usd-bn = 十亿美元
amount-unit-cny = 元
amount-unit-cny-k = 千元
amount-unit-cny-10k = 万元
amount-unit-cny-m = 百万元
amount-unit-cny-100m = 亿元
amount-unit-hkd = 港元
amount-unit-hkd-10k = 万港元
amount-unit-hkd-m = 百万港元
amount-unit-hkd-100m = 亿港元
open-currency-column = 每行币种
open-not-in-file = — 文件中没有 —
open-column-n = 第 { $n } 列
open-preview = 预览
open-to-currency = → 币种
open-extra = 其他列

## Exported files

export-title = 重庆港资项目
export-your-data = 您的数据
export-currency-note = 按各项目签约年份的汇率逐行由美元折算；未注明年份的项目按最新汇率折算。汇率：{ $series }。来源：{ $source }
export-sort-descending = { $column }（降序）
export-sort-ascending = { $column }（升序）
export-sort-then = ，其次按
export-sort-none = 表格原顺序
export-column-with-unit = { $title }（{ $unit }）
export-row-amounts-unit = 百万美元
export-contents-rows = 项目明细：每个项目一行，按屏幕显示顺序排列
export-contents-breakdown = 按{ $by }分类汇总
export-contents-cross-tab = 合同外资交叉汇总：{ $rows }（行）×{ $columns }（列），含合计
export-cross-tab-corner = { $rows } \ { $columns }（{ $unit }）
export-total = 合计
export-sheet-projects = 项目明细
export-sheet-breakdown = 分类汇总
export-sheet-cross-tab = 交叉汇总
export-sheet-about = 说明
export-about-field = 项目
export-about-value = 内容
about-field-title = 标题
about-field-contents = 内容
about-field-source = 数据来源
about-field-data = 数据性质
about-field-filters = 筛选条件
about-field-rows = 项目数
about-field-sort = 排序
about-field-units = 单位
about-field-currency-note = 币种说明
about-field-app-version = 软件版本
about-field-exported-at = 导出时间
about-rows = { $shown } 个项目（共 { $total } 个）

## Breakdown columns

breakdown-projects = 项目数
breakdown-contracted = 合同外资
breakdown-utilised = 实际使用外资
breakdown-share = 占合同外资比例
breakdown-average = 平均规模
breakdown-median = 规模中位数
breakdown-utilisation = 资金到位率

## Background tasks and notices

task-file-dialog = 正在等待文件对话框…
task-exporting = 正在导出到 { $path }…
task-reading = 正在读取 { $path }…
task-loading = 正在加载 { $path }…
notice-exported = 已将 { $shown } 个项目（共 { $total } 个）导出到 { $path }。
notice-exported-deck = 已将 { $pages } 页的演示文稿导出到 { $path }。
notice-exported-ranking = 已将 { $groups } 组的排名（{ $shown }）导出到 { $path }。
ranking-contents-sectors = 各行业机会评分，由高到低
ranking-contents-districts = 各区县机会评分，由高到低
ranking-contents-cells = 行业 × 区县组合机会评分（含无项目的组合），由高到低
ranking-window = { $years } 年：近期 { $recent_first }–{ $recent_last } 年对比前期 { $prior_first }–{ $prior_last } 年
ranking-window-no-years = { $years } 年（数据中没有签约年份，增长势头无从比较）
ranking-about-note = 评分说明
ranking-about-weights = 权重
ranking-about-window = 近期窗口
ranking-about-formula = 计算公式
ranking-sheet = 排名
ranking-col-rank = 排名
ranking-col-contracted = 合同外资（百万美元）
ranking-col-score = 得分（0–100）
ranking-col-thin = 样本少（少于 3 个项目）
ranking-col-factor = { $factor }（0–100）
ranking-col-why = 评分依据
ranking-why-separator = ；
notice-exported-picture = 已将 { $shown } 个项目（共 { $total } 个）导出为 { $width }×{ $height } 像素的图片：{ $path }。
notice-opened = 已打开 { $source }（{ $n } 个项目）。{ $quality }
notice-view-saved = 已保存视图“{ $name }”。
notice-the-view = 该视图
notice-view-name = “{ $name }”
notice-view-from = （来自 { $path }）
notice-showing-view = 正在显示{ $name }{ $origin }。
notice-showing-view-but = 正在显示{ $name }{ $origin }，但{ $warnings }；这些条件不匹配任何项目。
notice-nothing-exported = { $error }。未导出任何内容。
notice-view-unchanged = { $error }。当前视图未改变。
notice-view-written = 已将视图保存到 { $path }。
notice-nothing-changed = { $error }。未做任何更改。
notice-load-stopped = 已停止加载 { $path }。之前的数据仍然保留。
notice-reopen-failed = 无法重新打开上次的文件：{ $error }。现显示内置数据集。
notice-load-failed = { $error }。之前的数据仍然保留。
notice-export-failed = 导出失败：{ $error }。原有文件保持不变。
notice-background-failed = 后台任务出错（{ $thread }），未做任何更改。请报告此问题。

## The score command's table

score-of-sectors = { $n } 个行业
score-of-districts = { $n } 个区县
score-of-cells = { $n } 个行业×区县组合
score-window = 近期 { $recent_from }–{ $recent_to } 年对比前期 { $prior_from }–{ $prior_to } 年（最新签约年份 { $latest } 年）
score-no-years = 数据中没有签约年份，因此无法计算增长势头
score-headline = { $what }的机会评分 · 已选 { $shown } 个项目（共 { $total } 个）· { $window }
score-weights = 权重：{ $weights }
score-note = 说明：{ $note }
score-col-score = 得分
score-col-thin = 样本少
score-thin = 样本少
score-top-of = （仅列出前 { $shown } 项，共 { $total } 项；以 CSV 或 JSON 格式输出可列出全部）
score-why = 评分依据：

## Table cells

cell-amount-with-rate = { $usd }（按汇率 { $rate } 折合 { $cny }）
cell-yes = 是
cell-no = 否

## The default data's own labels

value-status-contracted = 已签约（未开工）
value-status-under-construction = 在建
value-status-operating = 已投产运营
value-status-completed = 已完成／已退出
value-status-closed = 已关闭
value-origin-hong-kong = 香港特别行政区
value-not-stated = （未注明）
value-band-under-1 = 100 万美元以下
value-band-1-10 = 100–1,000 万美元
value-band-10-50 = 1,000–5,000 万美元
value-band-50-200 = 5,000 万–2 亿美元
value-band-200-800 = 2–8 亿美元
value-band-over-800 = 8 亿美元及以上

## Export menu items added with the chart data and the opportunity lens
export-chart-data = 图表数据（{ $format }）…
export-ranking = 机会排名（{ $format }）…
export-compare-png = 对比图（PNG）…
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

key-tab-opportunities = 投资机会标签页
## Client-safe

client-safe-project = 项目 { $number }
client-safe-investor = 投资方 { $number }
client-safe-watermark = 机密 — 仅供{ $client }使用
client-safe-badge = 保密演示
client-safe-badge-hint = 窗口和所有导出文件中，项目和投资方名称均以代号显示，保密列已隐去。搜索仍按真实名称查找。
menu-view-client-safe = 保密演示模式（隐去名称）
menu-view-confidential-columns = 保密列
menu-view-prepared-for = 报告对象（水印）

## PDF

menu-export-brief-pdf = 简报（PDF）…
menu-export-story-pdf = 演示文稿（PDF）…
pdf-title = 重庆港资项目
pdf-source = 来源：{ $source }
pdf-prepared = 编制日期 { $date } · 版本 { $version }
pdf-empty-hint = 请移除筛选条件，或选择其他视图。
pdf-chart-contracted-by = 按{ $by }划分的合同外资（{ $unit }）
pdf-chart-sizes = 按合同外资规模划分的项目数（区间下限，{ $unit }）
pdf-opp-title = 投资机会在哪里
pdf-opp-top-sectors = 机会评分最高的 { $n } 个行业（共 { $total } 个）
pdf-opp-top-districts = 机会评分最高的 { $n } 个区县（共 { $total } 个）
pdf-opp-top-cells = 机会评分最高的 { $n } 个行业 × 区县组合（共 { $total } 个，含尚无项目的空白组合）
pdf-opp-window = 近期窗口 { $years } 年：{ $window }
pdf-opp-method = 评分 0–100：七个因子的加权平均，各因子在参评对象之间换算为 0–100；每条理由注明其贡献的分数。评分仅相对于本次筛选，并非预测。
pdf-opp-why = 理由（前两项及其贡献分数）
pdf-opp-thin = { $name }（样本少）
pdf-top-projects = 合同外资前 { $n } 大项目

## Load errors (query::messages): where first — the file, then line and column when known — then what is wrong

load-error = { $place }：{ $what }
load-place-line = { $path }，第 { $line } 行
load-place-column = { $path }，第 { $line } 行第 { $column } 列
load-io = 无法读取文件：{ $kind ->
    [not-found] 文件不存在
    [denied] 没有读取权限
   *[other] { $detail }
}
load-empty = 文件为空；应有一行表头和若干项目行
load-encoding = 文本不是有效的 { $encoding } 编码；请将文件另存为 { $utf8 }，或在打开时选择其编码
load-binary = 这不是文本表格（看起来是二进制数据）；应为 CSV、TSV、XLSX、XLS、JSON 或 RON 文件
load-cancelled = 文件在加载完成前已被关闭
problem-row-width = 应与表头一样有 { $expected } 个字段，实际为 { $found } 个
problem-truncated = 最后一行不完整（{ $expected } 个字段中只有 { $found } 个）：文件似乎被截断
problem-no-rows = 文件只有表头，没有数据行；表头下应每行一个项目
problem-syntax = 格式有误：{ $what }
problem-not-table = 文件内容是{ $found }；应为{ $shape }
problem-rows-not-list = “{ $rows }”是{ $found }；应为数据行的列表
syntax-ends-early = 文本在括号或引号闭合之前就结束了（缺少括号或引号，或文件被截断）
syntax-expected-token = 此处应为 { $token }
syntax-expected-either = 此处应为 { $first } 或 { $second }
syntax-expected-value = 此处应为{ $wanted }
wanted-value = 一个值
wanted-name = 名称
wanted-boolean = 布尔值
wanted-integer = 整数
wanted-number = 数字
wanted-text = 带引号的文本
wanted-character = 单个字符
syntax-trailing-comma = 右括号前多了一个逗号
syntax-trailing-characters = 文档结束后还有多余的文本
syntax-invalid-number = 数字写法有误或数值过大
syntax-invalid-escape = 反斜杠转义无效
syntax-key-not-text = 键不是带引号的文本
syntax-control-character = 引号内有控制字符（制表符或换行）
syntax-unclosed-comment = 注释没有结束
syntax-too-deep = 列表或对象嵌套层数超过本应用可读取的上限
syntax-unexpected-char = 意外的字符{ $found }
syntax-missing-field = 缺少字段{ $field }
syntax-unknown-field = 未知字段{ $found }；应为{ $expected }之一
syntax-unknown-choice = 未知的值{ $found }；应为{ $expected }之一
syntax-other = 解析程序的原始信息：{ $detail }
problem-read-failed = 读取中断（{ $detail }）
problem-parser-stopped = 解析线程意外停止
problem-parser-failed = 无法启动解析线程（{ $detail }）
problem-utf32 = 文本为 { $utf32 } 编码，本应用不支持；请另存为 { $utf8 }
problem-json-shape = 本应用导出的格式（含“{ $rows }”列表的对象）、对象列表，或首项为表头的列表的列表
problem-row-not-table = 第 { $row } 行是{ $found }；应为{ $shape }
problem-row-unlike = 第 { $row } 行是{ $found }；应与第 1 行一样为{ $like }
problem-found-empty-object = 一个空对象
problem-found-keys = 一个含有键 { $keys } 的对象
problem-no-rows-key = 此 { $format } 文件没有“{ $rows }”；应为{ $shape }，实际为{ $found }
problem-shape = 数据类型不符（{ $detail }）
problem-too-many-values = 第 { $row } 行有 { $values } 个值，超过表格最多 { $limit } 列的上限
problem-too-many-keys = 第 { $row } 行带来键“{ $key }”，超出本应用可读取的 { $limit } 个不同的键（列）；应为键相同的对象，每个项目一个
problem-too-many-cells = 读到第 { $row } 行时表格将达 { $rows } 行 × { $columns } 列，超过本应用可读取的 { $limit } 个单元格
problem-keys-of-their-own = { $size }；多数行带有各自的键（最新的“{ $key }”首次出现在第 { $first } 行）：应为键相同的对象，每个项目一个
problem-no-such-sheet = 工作簿中没有第 { $sheet } 个工作表；现有工作表为{ $sheets }
problem-empty-sheet = 工作表“{ $name }”为空；请从{ $sheets }中另选一个
workbook-in-sheet = 工作表{ $sheet }：{ $what }
workbook-sheet-number = （第 { $n } 个）
workbook-not-a-workbook = 这不是电子表格；应为 Excel 工作簿（XLSX 或 XLS）或 ODS 电子表格
workbook-compound-without-workbook = 这不是电子表格（此复合文档中没有工作簿）；应为 Excel 工作簿（XLSX 或 XLS）或 ODS 电子表格
workbook-zip-without-workbook = 这不是电子表格（此 压缩包中没有工作簿）；应为 Excel 工作簿（XLSX 或 XLS）或 ODS 电子表格
workbook-web-page = 这是以电子表格文件名保存的网页表格，银行和企业管理系统导出的文件常见这种情况；请在 Excel 中打开，另存为 XLSX 或 CSV
workbook-xml-spreadsheet = 这是 Excel 2003 XML 电子表格，本应用无法读取；请在 Excel 中打开并另存为 XLSX
workbook-password = 工作簿设有密码保护；请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿），保存后重新打开
workbook-damaged = 工作簿已损坏或无法读取；请在 Excel 中打开，重新保存后再试（读取程序的原始信息：{ $detail }）
workbook-reader-stopped = 工作簿已损坏，无法读取（表格读取程序中途停止）；请在 Excel 中打开，重新保存后再试（原始信息：{ $detail }）
workbook-reader-stopped-at = 工作簿已损坏，无法读取（表格读取程序在工作表{ $sheet }处停止）；请在 Excel 中打开，重新保存后再试（原始信息：{ $detail }）
workbook-too-many-parts = 工作簿包含 { $parts } 个部件，超过本应用可读取的 { $limit } 个（正常工作簿只有几十个）
workbook-archive-too-large = 工作簿各部件解压后将超过 { $limit }，超出本应用对单个工作簿的读取上限；疑似压缩炸弹
workbook-part-too-large = 部件 { $part } 解压后为 { $size }，超过本应用对工作簿单个部件的读取上限 { $limit }
workbook-part-packed-tight = 部件 { $part } 将从 { $packed } 解压至 { $size }（为压缩后大小的 { $ratio } 倍；正常工作簿为 5 至 20 倍）：疑似压缩炸弹，不予打开
workbook-part-beyond-declared = 部件 { $part } 解压后超过其目录声明的 { $declared }；工作簿已损坏，或是为耗尽内存而构造
workbook-long-tag = 部件 { $part } 中有超过 { $limit } 的标记；工作簿已损坏
workbook-long-text = 部件 { $part } 中有超过 { $limit } 的连续文本或空格而无任何标记，超出任何单元格的容量：工作簿已损坏，或是为耗尽内存而构造
workbook-strings-announced = 部件 { $part } 声明有 { $announced } 个共享字符串，超过本应用可读取的 { $limit } 个
workbook-too-many-strings = 部件 { $part } 中的共享字符串超过 { $limit } 个，已达本应用读取上限
workbook-ods-grid = 部件 { $part } 中的工作表超过 { $limit } 个单元格，已达本应用对 ODS 工作簿的读取上限
workbook-ods-grid-trim = 部件 { $part } 中的工作表超过 { $limit } 个单元格，已达本应用对 ODS 工作簿的读取上限；请在表格软件中删除表格下方的行和右侧的列，保存后重新打开
workbook-sector-loop = 工作簿已损坏：其扇区链形成循环；请在 Excel 中打开，重新保存后再试
workbook-stream-outside = 工作簿已损坏：有数据流指向文件数据之外；请在 Excel 中打开，重新保存后再试
workbook-sector-table = 工作簿已损坏：其扇区表比文件本身还大；请在 Excel 中打开，重新保存后再试
workbook-xls-sheets = 截至工作表{ $sheet }，各工作表合计超过 { $limit } 个单元格，已达本应用对 XLS 工作簿的读取上限；请在 Excel 中删除各表格下方的行和右侧的列，保存后重新打开
workbook-xls-far-cell = 工作表{ $sheet }：单元格 { $cell } 远在表格之外（表格从 { $start } 开始）：读取至该单元格将达 { $rows } 行 × { $columns } 列，超过本应用对 XLS 工作簿可读取的 { $limit } 个单元格；请在 Excel 中删除表格下方的行和右侧的列，保存后重新打开
workbook-xls-dimensions = 工作表{ $sheet }声明的范围为第 { $first_row } 至 { $last_row } 行、第 { $first_column } 至 { $last_column } 列，超过本应用对 XLS 工作簿可读取的 { $limit } 个单元格：工作簿已损坏；请在 Excel 中打开，重新保存后再试
workbook-filled-cells = 该工作表的非空单元格超过 { $limit } 个，已达本应用读取上限
workbook-far-cell = 单元格 { $cell } 远在表格（{ $table }）之外：读取至该单元格将使工作表达 { $rows } 行 × { $columns } 列，{ $limit }；请在表格软件中删除表格下方的行和右侧的列（按 Ctrl+End 可跳到最后一个使用中的单元格），保存后重新打开
workbook-table-too-large = 表格 { $table } 为 { $rows } 行 × { $columns } 列，{ $limit }
workbook-limit-columns = 超过本应用可读取的 { $limit } 列
workbook-limit-cells = 超过本应用可读取的 { $limit } 个单元格
size-bytes = { $n } 字节
problem-reference = 参考数据有误（{ $detail }）
value-kind-object = 对象
value-kind-list = 列表
value-kind-text = 文本
value-kind-number = 数字
value-kind-boolean = 布尔值
value-kind-null = 空值
quoted = “{ $text }”
expected-year = 年份，如 2015
expected-date = 日期，如 2015-06-30
expected-employees = 员工人数
expected-coordinate = 以度为单位的坐标
expected-yes-no = 是或否
expected-currency = 币种，如 USD、CNY、人民币或港元
expected-amount = 非负金额，如 12.5
expected-convertible-amount = 以 USD、CNY 或 HKD 计的金额（该币种或年份没有汇率）
expected-spreadsheet-value = 一个值（电子表格中显示为错误）
map-override-syntax = { $flag } “{ $spec }”：格式应为 { $form }
map-override-field = { $flag } “{ $spec }”：未知字段“{ $key }”；可用字段：{ $fields }
map-override-column = { $flag } “{ $spec }”：没有“{ $column }”这一列；文件中的列为：{ $columns }

## The data-quality report (query::messages): the headline under the notice, then the lines of the window and inspect

quality-rows-read = 已读取 { $n } 行
quality-rows-skipped = 跳过 { $n } 行
quality-values-repaired = 修正 { $n } 个值
quality-values-unreadable = { $n } 个值无法读取
quality-unknown-names = { $n } 个未识别的行业或区县名称
quality-notes = { $n } 条说明
quality-skipped-line = 跳过第 { $line } 行：{ $reason }
quality-more-skipped = ……另有 { $n } 行被跳过
quality-extra-column = 附加列
quality-column = { $name }（{ $target }）：缺失 { $missing } 个，修正 { $repaired } 个，无法读取 { $unreadable } 个
quality-converted = ，其中 { $n } 个按签约年份汇率由 { $currency } 换算
quality-first-invalid = （首个在第 { $line } 行：“{ $value }”，应为{ $expected }）
quality-unknown-sector = 未识别的行业“{ $name }”，共 { $rows } 行（按原文保留）
quality-unknown-district = 未识别的区县“{ $name }”，共 { $rows } 行（按原文保留）
quality-matched = 已匹配{ $column }：{ $labels } 个名称（{ $rows } 行），依据{ $how }
quality-matched-example = ，例如 { $example } → { $matched }
quality-more-unknown = ……另有 { $n } 个未识别的名称
quality-no-column = 以下字段没有对应的列：{ $fields }
match-exact = 名称完全一致
match-chinese-name = 中文名称
match-pinyin = 拼音
match-adcode = 行政区划代码
match-section-letter = 行业门类字母
match-english-variant = 英文别称
note-ignored-cell = 已忽略单元格 { $cell }（“{ $value }”）：{ $why }
note-beyond-the-sheet = 它超出了电子表格的最后一个单元格（{ $last }）
note-far-outside = 它在所在行和列中独占一格，远离表格 { $table }
note-more-ignored = 另有 { $n } 个类似的单元格被忽略
read-as-comma = 逗号分隔
read-as-semicolon = 分号分隔
read-as-tab = 制表符分隔
read-as-pipe = 竖线分隔
read-as-quote = 引号为 { $quote }
read-as-decimal-comma = 以逗号作小数点
read-as-sheet = 工作表“{ $name }”
read-as-header = 表头在第 { $line } 行
read-as-columns = { $n } 列
format-delimited = 分隔文本
format-workbook = 电子表格
column-type-number = 数字
column-type-date = 日期
column-type-text = 文本
column-type-empty = 空

## The command line's own refusals and reports (clap's help and usage text stay English)

cli-unknown-choice = 未知的 { $flag } “{ $given }”；可选值：{ $choices }
cli-unknown-value = 未知的值“{ $given }”；可选值：{ $choices }
cli-invalid-value = { $arg } 的值无效：{ $problem }
cli-counts-from-one = { $flag } 从 1 开始计数
cli-at-least-one = { $flag } 至少为 1
cli-bound-infinite = “{ $given }”不是有限的金额；请以{ $millions }为单位填写，如 12.5
cli-bound-not-a-number = “{ $given }”不是数字；请以{ $millions }为单位填写，如 12.5
cli-view-bound = 视图中的 { $key } 为 { $bound }；请填写以{ $millions }为单位的数字
cli-millions-usd = 百万美元
cli-millions-cny = 百万元
cli-millions-hkd = 百万港元
cli-view-bounds-currency = 视图中的金额上下限以 { $currency } 计；请使用 { $flags }（上下限只能用一种币种）
cli-bounds-one-currency = 金额上下限只能用一种币种：{ $first } 与 { $second } 不能同时使用
cli-unknown-name = 未知的{ $field }“{ $name }”；可选值：{ $choices }
cli-sort-direction = { $flag } { $spec }：未知的排序方向“{ $direction }”；请用 { $asc }（升序）或 { $desc }（降序）
cli-sort-column = { $flag }：没有“{ $name }”这一列；可选列：{ $choices }
cli-export-extension = 无法判断 { $path } 的格式；可用扩展名：{ $extensions }
cli-not-pdf = { $path } 不是 { $extension } 文件
cli-not-from-disk = 该文件并非从磁盘读取
cli-cannot-write-report = 无法写出报告：{ $error }
cli-quality-warning = 数据质量：{ $headline }（详情请运行 `{ $command }`）
cli-chart-wrote = 已将“{ $chart }”图表数据（{ $total } 个项目中的 { $shown } 个）写入 { $path }
cli-brief-wrote = 已将 { $shown } 个项目（共 { $total } 个）的简报写入 { $path }
cli-deck-wrote = 已将 { $pages } 页演示文稿写入 { $path }
inspect-file = 文件：    { $file }
inspect-read-as = 读取方式：{ $format } · { $how }
inspect-rows = 行数：    { $n }
inspect-plain-table = 普通表格：没有对应{ $fields }的列（请使用 { $flag }）
inspect-columns = 列：
inspect-to-field = → { $field }
inspect-to-field-in = → { $field }，单位 { $unit }
inspect-to-currency = → 该行的币种
inspect-extra-column = （附加列）
inspect-quality = 数据质量：
weights-unknown-factor = 权重中有未知因子“{ $given }”；可用名称：{ $names }
weights-malformed = 权重格式应为 { $form }，实际为“{ $given }”；可用名称：{ $names }
weights-not-a-number = { $factor } 的权重须为 ≥ 0 的数字，实际为“{ $given }”；可用名称：{ $names }
weights-negative = { $factor } 的权重为负数（{ $value }）；权重须 ≥ 0；可用名称：{ $names }
weights-all-zero = 所有权重均为 0，无从评分；请给 { $names } 中至少一项大于 0 的权重
score-error-recent-years = 近期窗口须为 1 至 { $most } 年，实际为 { $given }
score-error-too-many-cells = { $sectors } 个行业 × { $districts } 个区县，需评分的组合超过 { $most } 个；请缩小筛选范围，或按行业或按区县评分

## Published facts (data/facts.ron) in the reader's language: English as in the data (a test checks they agree),
## the Chinese as the Chinese sources word them

fact-hk-projects-label = 在渝港资项目
fact-hk-projects-value = 超过 3,500 个
fact-hk-projects-detail = 港资项目累计数。此前节点：截至 2016 年底 2,842 个（《中国日报》，2017 年 2 月），截至 2021 年底约 3,344 个（香港贸发局，据 iChongqing，2022 年 3 月 4 日）。
fact-hk-projects-source = 重庆市商务委员会，据 iChongqing，2023 年 11 月 13 日；中国新闻网，2024 年 10 月 25 日
fact-hk-contracted-label = 港资合同外资
fact-hk-contracted-value = 704 亿美元
fact-hk-contracted-detail = 来自香港的累计合同外资（并非实际使用外资）。
fact-hk-contracted-source = 重庆市商务委员会，据 iChongqing，2023 年 11 月 13 日；中国新闻网，2024 年 10 月 25 日
fact-trade-2023-label = 2023 年 1–9 月渝港贸易额
fact-trade-2023-value = 391 亿元人民币（约 53.7 亿美元）
fact-trade-2023-detail = 香港是重庆第三大贸易伙伴。
fact-trade-2023-source = 重庆市商务委员会，据 iChongqing，2023 年 11 月 13 日
fact-share-2022-label = 2022 年港资占重庆外资比重
fact-share-2022-value = 73.2%
fact-share-2022-detail = 出自图表《2022 年香港在渝投资》。
fact-share-2022-source = 重庆市商务委员会，据 iChongqing，2023 年 11 月 13 日
fact-share-long-run-label = 港资占重庆外资的长期比重
fact-share-long-run-value = 超过 60%
fact-share-long-run-detail = 一直占全市外资的 60% 以上；2021–2023 年累计比重约为 55–56%（iChongqing，2021 年 9 月 26 日及 2023 年 1 月 13 日）。
fact-share-long-run-source = iChongqing，2023 年 11 月 13 日；2021 年 9 月 26 日；2023 年 1 月 13 日
fact-cooperation-mechanism-label = 渝港合作机制
fact-cooperation-mechanism-value = 11 个领域、47 项
fact-cooperation-mechanism-detail = 2023 年 5 月 11 日设立。领域：“一带一路”及经贸投资；金融；创新科技；物流；文化旅游；教育；人才；青年；法律及争议解决；卫生健康及中医药；便利香港居民。
fact-cooperation-mechanism-source = 香港特区政府新闻公报 P2023051100454
fact-chengdu-chongqing-circle-label = 成渝地区双城经济圈
fact-chengdu-chongqing-circle-value = 18.5 万平方公里 · 约 9,600 万人 · 地区生产总值约 6.3 万亿元
fact-chengdu-chongqing-circle-detail = 双城经济圈的面积、人口及 2019 年地区生产总值。
fact-chengdu-chongqing-circle-source = 国务院，《成渝地区双城经济圈建设规划纲要》，2021 年 10 月
fact-note-trade-slip-label = 注：是投资，不是贸易
fact-note-trade-slip-value = 占外资 60% 以上
fact-note-trade-slip-detail = 2023 年 11 月 13 日的报道称香港占“对外贸易总额 60% 以上”，应为外资之误。中国新闻网（2024 年 10 月 25 日）的表述正确，而香港只是第三大贸易伙伴。
fact-note-trade-slip-source = iChongqing，2023 年 11 月 13 日；中国新闻网，2024 年 10 月 25 日
fact-note-contracted-vs-utilised-label = 注：合同外资不等于实际使用外资
fact-note-contracted-vs-utilised-value = 704 亿美元为合同外资
fact-note-contracted-vs-utilised-detail = 合同外资是经批准合同中承诺的金额；实际使用外资是实际到位的资金，通常低得多。除标明为实际使用外资者外，本数据集的金额均为合同外资。
fact-note-contracted-vs-utilised-source = 中国外商投资统计口径（商务部、国家统计局）
fact-note-round-tripping-label = 注：中国统计中的“香港”
fact-note-round-tripping-value = 包括返程投资
fact-note-round-tripping-detail = 中国统计按投资企业的注册地记录投资，因此“香港”包括经香港公司投资回内地的内地资本（返程投资），以及总部设在香港的内地国有企业集团。
fact-note-round-tripping-source = 按注册来源地划分的中国外商投资统计（商务部、国家统计局）

## The why of a score, one line per factor (query::score::why_text_in)

why-line = { $factor } { $norm }/100：{ $detail }
why-no-year = 无签约年份
why-years = { $years } 年
why-scale = 合同外资 { $amount }
why-momentum = { $recent_years }合同外资 { $recent }，{ $prior_years }为 { $prior }
why-realisation = 合同外资 { $contracted } 中实际使用 { $utilised }（{ $share }）
why-breadth = { $n } 个不同的投资方
why-openness-one = 仅 1 个投资方，持有全部合同外资
why-openness = { $n } 个投资方，最大一家占合同外资的 { $share }
why-policy-focus = 属 2023 年渝港合作机制的重点领域
why-policy-not-focus = 不属 2023 年渝港合作机制的重点领域
why-policy-district = 其合同外资 { $contracted } 中有 { $share } 属 2023 年合作机制的重点领域
why-white-space = 合同外资 { $actual }，而按其行业与区县的总量推算应为 { $expected }

# 导出失败的原因（接在“导出失败：”之后）。系统或程序库的原始信息照录。
export-error-io = 无法写入 { $path }（{ $detail }）
export-error-too-many-rows = { $rows } 行超出 Excel 工作表的上限（最多 { $limit } 行）；请缩小筛选范围，或改为导出 CSV
export-error-too-many-columns = { $columns } 列超出 Excel 工作表的上限（最多 { $limit } 列）；请改为导出 CSV
export-error-unknown-type = { $path }：无法识别的文件类型；请使用 { $extensions } 之一
export-error-no-story = 尚未选择要生成演示文稿的故事
export-error-encode = 无法以此格式写出数据（原始信息：{ $detail }）
