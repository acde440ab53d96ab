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

## Commands: menu items and buttons (command::Command::text)

cmd-open-file = Open…
cmd-copy-rows = Copy selected rows
cmd-about = About the data
cmd-all-sectors = All sectors
cmd-undo = Undo
cmd-redo = Redo
cmd-export-view = Export view…
cmd-import-view = Import view…
cmd-confirm-open = Open
cmd-cancel = Cancel
cmd-cancel-load = Cancel loading
cmd-remap = Map columns…
cmd-reload = Reload
cmd-keep-data = Keep this data
cmd-quality = Data quality…

## Export menu items

export-rows = Projects as { $format }…
export-groups = Totals by { $by } as { $format }…
export-cross-tab = Cross-tab as { $format }…
export-map-png = Map as PNG…
export-chart-png = Chart as PNG…
export-menu-note = { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } · files describe their filters, units and source

## Banners and notices above the content

banner-file-changed = The open file changed on disk.
banner-plain-table = Plain table: no column is mapped to { $fields }. Every column is shown; key figures, charts and the map need those fields.
banner-quality = Data quality: { $headline }
drop-hint = Drop a CSV, TSV, XLSX, JSON or RON file to open it
notice-error = Error:
notice-dismiss = Dismiss
list-or = { " or " }
list-and = { " and " }
list-separator = { ", " }

## The filter in words (chips, captions, About sheets, the CLI): query::describe

filter-search = Search: “{ $text }”
filter-values = { $facet }: { $names }
filter-year = Year: { $year }
filter-years = Years: { $from }–{ $to }
filter-years-from = Years: from { $from }
filter-years-to = Years: to { $to }
filter-years-any = Years: any
filter-contracted-between = Contracted: USD { $min }–{ $max } m
filter-contracted-min = Contracted: ≥ USD { $min } m
filter-contracted-max = Contracted: ≤ USD { $max } m
filter-contracted-any = Contracted: any
filter-in-liangjiang = In Liangjiang New Area
filter-outside-liangjiang = Outside Liangjiang New Area
filter-none = No filters
filter-separator = { "; " }
chips-title = Filters:
chips-remove-hint = Remove this filter

## Where the rows came from (English: model::Provenance::describe)

data-source-built-in = Built-in dataset: Synthetic sample calibrated to published aggregates — not real projects
data-source-synthetic-file = { $path } (Synthetic sample calibrated to published aggregates — not real projects)

## The command line

cli-summary-headline = { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } · { $contracted } contracted · { $utilised } utilised
cli-filters = Filters: { $filters }
cli-source = Source: { $source }
cli-col-projects = Projects
cli-col-contracted = Contracted { $unit }
cli-col-utilised = Utilised { $unit }
cli-col-share = Share
cli-col-share-pct = Share (%)
cli-export-wrote = Wrote { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }

## Key figures: hints and the published facts strip

figure-contracted-hint = Contracted foreign investment (合同外资): the amount committed in signed contracts. The published USD 70.4 bn is contracted.
figure-utilised-hint = Utilised foreign investment (实际使用外资): the money actually paid in, usually less than contracted.
figure-synthetic-hint = No public list of Hong Kong projects in Chongqing exists. These rows are generated so that their totals match the published aggregates (3,530 projects, USD 70.4 bn contracted). Help ▸ About the data has the sources.
fact-published = Published:
fact-hk-projects = Hong Kong projects
fact-hk-contracted = contracted
fact-share-2022 = of Chongqing's FDI in 2022
fact-trade-2023 = trade, Jan–Sep 2023
fact-strip-item = { $value } { $caption }
fact-hover =
    { $label }: { $value }
    { $detail }
    Source: { $source } ({ $date })

## Help ▸ About the data

about-intro = No public list of Hong Kong-invested projects in Chongqing exists. The project rows are generated deterministically so that they match the published aggregates: 3,530 projects and exactly USD 70.4 bn contracted, with cumulative counts of 2,842 by end 2016 and 3,344 by end 2021. Sector, district, year and size splits are estimates from whole-city figures. Investor and project names are invented.
about-current-source = Current source: { $source }
about-facts = Headline facts
about-rates = Exchange rates
about-named-projects = Named projects (reference layer)
about-named-projects-note = Real, sourced Hong Kong projects. Their figures are sale prices, land prices or floor areas, so they are not counted in any total.

## Slides: the PNG of a chart or the map

slide-title = Hong Kong investment in Chongqing — { $what }
slide-map-title = Contracted by district ({ $unit })
slide-counts = { $status } · amounts in { $unit }
slide-source = Source: { $source } · { $app } { $version } · { $time }

## The data-quality window

quality-title = Data quality
quality-read-as = Read as { $how }
quality-copy = Copy report
quality-close = Close

## The mapping dialog (File ▸ Open…)

open-title = Open { $file }
open-missing-fields = No column for { $fields }: the file will open as a plain table. Every column stays visible; key figures, charts and the map need those fields.
open-columns-rows = { $columns } columns · { $rows } preview rows
open-encoding = Encoding
open-delimiter = Delimiter
open-delimiter-comma = Comma
open-delimiter-semicolon = Semicolon
open-delimiter-tab = Tab
open-delimiter-pipe = Pipe
open-delimiter-other = Other
open-decimals = Decimals
open-header-row = Header is row
open-sheet = Sheet
open-mapping-title = Project field ← column in the file
open-unit-of = { $field } unit
open-currency-column = Currency per row
open-not-in-file = — not in the file —
open-column-n = Column { $n }
open-preview = Preview
open-to-currency = → currency
open-extra = extra

## Exported files: sheet names, headers, the About sheet and JSON/RON meta values

export-title = Hong Kong-invested projects in Chongqing
export-your-data = Your data
export-currency-note = Converted from USD row by row at each project's contract-year rate; projects without a year use the latest rate. Rates: { $series }. Source: { $source }
export-sort-descending = { $column } (descending)
export-sort-ascending = { $column } (ascending)
export-sort-then = { ", then " }
export-sort-none = table order
export-column-with-unit = { $title } ({ $unit })
export-row-amounts-unit = USD m
export-contents-rows = Projects, one row per project, in the order shown
export-contents-breakdown = Breakdown by { $by }
export-contents-cross-tab = Cross-tab of contracted amounts: { $rows } (rows) × { $columns } (columns), with totals
export-cross-tab-corner = { $rows } \ { $columns } ({ $unit })
export-total = Total
export-sheet-projects = Projects
export-sheet-breakdown = Breakdown
export-sheet-cross-tab = Cross-tab
export-sheet-about = About
export-about-field = Field
export-about-value = Value
about-field-title = Title
about-field-contents = Contents
about-field-source = Source
about-field-data = Data
about-field-filters = Filters
about-field-rows = Rows
about-field-sort = Sort
about-field-units = Units
about-field-currency-note = Currency note
about-field-app-version = App version
about-field-exported-at = Exported at
about-rows = { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    }

## Breakdown columns (the Breakdown tab and its exports)

breakdown-projects = Projects
breakdown-contracted = Contracted
breakdown-utilised = Utilised
breakdown-share = Share of contracted
breakdown-average = Average
breakdown-median = Median
breakdown-utilisation = Utilisation

## Background tasks and notices of the window

task-file-dialog = Waiting for the file dialog…
task-exporting = Exporting to { $path }…
notice-exported = Exported { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }.
notice-exported-picture = Exported a { $width }×{ $height } px picture of { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }.
notice-opened = Opened { $source } ({ $n } { $n ->
        [one] project
       *[other] projects
    }).{ $quality }
notice-view-saved = Saved the view “{ $name }”.
notice-the-view = the view
notice-view-name = “{ $name }”
notice-view-from = { " " }from { $path }
notice-showing-view = Showing { $name }{ $origin }.
notice-showing-view-but = Showing { $name }{ $origin }, but { $warnings }; those parts match nothing.
notice-view-unchanged = { $error }. The current view is unchanged.
notice-view-written = Saved the view to { $path }.
notice-nothing-changed = { $error }. Nothing was changed.
notice-load-stopped = Stopped loading { $path }. The previous data is still loaded.
notice-reopen-failed = Could not reopen the last file: { $error }. Showing the built-in dataset.
notice-load-failed = { $error }. The previous data is still loaded.
notice-export-failed = The export failed: { $error }. Any existing file was left as it was.
notice-background-failed = Something went wrong in the background ({ $thread }); nothing was changed. Please report it.

## The score command's table (the note and the whys are the engine's English)

score-of-sectors = { $n } { $n ->
        [one] sector
       *[other] sectors
    }
score-of-districts = { $n } { $n ->
        [one] district
       *[other] districts
    }
score-of-cells = { $n } { $n ->
        [one] cell
       *[other] cells
    }
score-window = recent { $recent_from }–{ $recent_to } against prior { $prior_from }–{ $prior_to } (latest contract year { $latest })
score-no-years = no contract years in the data, so no momentum
score-headline = Opportunity score of { $what } · { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } · { $window }
score-weights = Weights: { $weights }
score-note = Note: { $note }
score-col-score = Score
score-col-thin = Thin
score-thin = thin
score-top-of = (the top { $shown } of { $total }; --format csv or json lists them all)
score-why = Why:

## Table cells

cell-yes = yes
cell-no = no

## The default data's own labels (query::labels::value_label); English shows them as stored

value-status-contracted = Contracted (not started)
value-status-under-construction = Under construction
value-status-operating = Operating
value-status-completed = Completed/divested
value-status-closed = Closed
value-origin-hong-kong = Hong Kong SAR
value-band-under-1 = < USD 1 m
value-band-1-10 = USD 1–10 m
value-band-10-50 = USD 10–50 m
value-band-50-200 = USD 50–200 m
value-band-200-800 = USD 200–800 m
value-band-over-800 = ≥ USD 800 m
