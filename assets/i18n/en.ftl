# Investment Explorer, English: the source catalogue. Every id here must exist in zh-Hans.ftl and zh-Hant.ftl
# with the same variables (tests/i18n.rs checks). How to add a message: see src/i18n/mod.rs.

## Tabs

tab-table = Table
tab-breakdown = Breakdown
tab-charts = Charts
tab-map = Map
tab-export-this = Export this…

## Menus

menu-file = File
menu-export = Export
menu-edit = Edit
menu-view = View
menu-help = Help
menu-view-theme = Theme
menu-view-theme-light = Light
menu-view-theme-dark = Dark
menu-view-currency = Currency
menu-view-amounts-in = Amounts in
menu-view-language = Language
menu-view-language-hint = Menus, labels and exports in this language. Names in your own files stay as written.

## Money: currencies and scales as the View menu offers them. The units themselves ("USD m", "亿美元") come
## from format::MoneyFormat::unit_in, so that amounts and their units never disagree.

money-currency-usd = US dollars (USD)
money-currency-cny = Renminbi (CNY, at each contract year's rate)
money-currency-hkd = Hong Kong dollars (HKD, at each contract year's rate)
money-scale-auto = Automatic (m / bn)
money-scale-millions = Millions (m)
money-scale-billions = Billions (bn)
money-scale-wan = Ten thousands (万)
money-scale-yi = Hundred millions (亿)
money-amounts-in = Amounts in { $unit }

## Charts

chart-by-sector = By sector
chart-over-time = Over time
chart-sizes = Project sizes
chart-sectors-by-year = Sectors by year
chart-caption = Contracted, { $unit } · { $source }
chart-axis-year = Contract year
chart-axis-projects = Projects
chart-axis-contracted = Contracted ({ $unit })
chart-axis-size = Contracted size ({ $unit }, logarithmic scale)
chart-contracted-per-year = Contracted per year ({ $unit })
chart-cumulative-contracted = Cumulative contracted ({ $unit })
chart-projects-per-year = Projects per year
chart-cumulative-projects = Cumulative projects

## Status bar: "312 of 3,530 projects · USD 12.4 bn contracted (17.6 %) · synthetic sample"

status-projects =
    { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    }
status-rows =
    { $shown } of { $total } { $total ->
        [one] row
       *[other] rows
    }
status-contracted = { $amount } contracted ({ $share })
count-projects =
    { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }

## Empty state

empty-title = No projects match these filters
empty-hint = Remove a filter chip above, or start again.
empty-clear = Clear filters

## Data: where it comes from, and the names of groups

data-synthetic = synthetic sample
data-synthetic-long = Synthetic sample calibrated to published aggregates — not real projects
data-synthetic-badge = SYNTHETIC
data-yours = your data
data-not-stated = not stated
data-other = Other
data-hk-projects = Hong Kong projects
data-liangjiang = Liangjiang New Area
data-whole-municipality = Whole municipality
data-central-urban = Central urban area

## Key figures

figure-projects = Projects
figure-projects-hint = Projects in the current selection
figure-contracted = Contracted
figure-utilised = Utilised
figure-utilisation = Utilisation
figure-utilisation-hint = Utilised ÷ contracted, over projects where both are known
figure-average = Average size
figure-average-hint = Mean contracted amount per project: pulled up by a few very large projects
figure-median = Median size
figure-median-hint = Half the projects are smaller than this

## Fields: column headers, facet titles and export headers

field-id = ID
field-name = Project
field-investor = Investor
field-origin = Origin
field-sector = Sector
field-sub-sector = Sub-sector
field-district = District
field-year = Year
field-status = Status
field-contracted = Contracted
field-utilised = Utilised
field-employees = Employees
field-lat = Latitude
field-lon = Longitude
field-in-liangjiang = In Liangjiang
field-contract-date = Contract date
field-size-band = Size band
field-synthetic = Synthetic
field-source = Source

## Client-safe: names as pseudonyms in front of a client

client-safe-project = Project { $number }
client-safe-investor = Investor { $number }
client-safe-watermark = Confidential — prepared for { $client }
client-safe-badge = CLIENT-SAFE
client-safe-badge-hint = Project and investor names are pseudonyms and confidential columns are hidden, in the window and in every export. Search still finds the real names.
menu-view-client-safe = Client-safe (hide names)
menu-view-confidential-columns = Confidential columns
menu-view-prepared-for = Prepared for (watermark)

## PDF brief and deck

menu-export-brief-pdf = Brief as PDF…
menu-export-story-pdf = Story as PDF…
pdf-title = Hong Kong-invested projects in Chongqing
pdf-source = Source: { $source }
pdf-prepared = Prepared { $date } · Investment Explorer { $version }
pdf-empty-hint = Remove a filter, or choose another view.
pdf-chart-contracted-by = Contracted by { $by } ({ $unit })
pdf-chart-sizes = Projects by contracted size (from, { $unit })
pdf-top-projects =
    { $n ->
        [one] The largest project by contracted amount
       *[other] Top { $n } projects by contracted amount
    }
