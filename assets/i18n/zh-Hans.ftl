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
pdf-top-projects = 合同外资前 { $n } 大项目
