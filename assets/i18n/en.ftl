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
chart-by-sub-sector = By sub-sector
chart-by-district = By district
chart-other-sectors = Other ({ $n } { $n ->
        [one] sector
       *[other] sectors
    })
chart-other-sub-sectors = Other ({ $n } { $n ->
        [one] sub-sector
       *[other] sub-sectors
    })
chart-other-districts = Other ({ $n } { $n ->
        [one] district
       *[other] districts
    })
chart-other-groups = Other ({ $n } { $n ->
        [one] group
       *[other] groups
    })
chart-bar = Bar { $name }
chart-bar-hint = { $name }: { $amount } contracted · { $n ->
        [one] { $n } project
       *[other] { $n } projects
    } · { $share } of the selection
chart-click-to-filter = Click to filter to it
chart-without-year = { $n ->
        [one] { $n } project has no contract year and is not shown
       *[other] { $n } projects have no contract year and are not shown
    }
chart-without-amount = { $n ->
        [one] { $n } project has no contracted amount and is not shown
       *[other] { $n } projects have no contracted amount and are not shown
    }
chart-year-hint = { $year }: { $value } · { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
chart-cumulative-hint = Up to { $year }: { $value }
chart-segment = Segment { $name } { $year }
chart-segment-hint = { $name }, { $year }: { $amount } · { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
chart-size-hint = { $range }: { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
chart-size-bar = Size bar { $range }

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
status-computing = Computing…
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

## Tables: the Breakdown, the project table, the detail panel and the filter panel

table-rows-selected =
    { $n ->
        [one] { $n } row selected
       *[other] { $n } rows selected
    }
table-copied-rows =
    Copied { $n ->
        [one] { $n } row
       *[other] { $n } rows
    } to the clipboard.
table-export-selection = Export selection…
filter-amount = Contracted amount ({ $unit })
filter-amount-hint = Bounds in { $currency }: each project's contracted amount is compared in { $currency }, converted at its contract year's average rate. The bounds keep their currency when you switch the one shown, so the selection stays the same; clear both to enter bounds in another currency.
filter-amount-kept = Bounds in { $bounds }; the table shows { $shown }. Clear them to enter { $shown }.
filter-rerank = Re-rank by count
filter-rerank-hint = The list keeps its order while you tick boxes; this sorts it by the current counts again.
table-hint = Click a header to sort · { $shift }-click adds a key · { $copy } copies selected rows
table-columns = Columns
table-sort-hint = Click to sort; click again to reverse; { $shift }-click to add as a secondary key
table-converted-hint = Converted at { $rate } { $currency } per USD, the contract year's average
detail-title = Project
detail-hint = Click a row in the table to see the project here.
detail-sector = Sector { $code } · { $name } { $name_zh }
detail-cooperation = A focus area of the 2023 Chongqing–Hong Kong cooperation mechanism.
detail-division = { $region } · { $kind } · adcode { $adcode }
detail-kind-district = district
detail-kind-county = county
detail-kind-autonomous-county = autonomous county
detail-in-liangjiang = Partly in the Liangjiang New Area.
detail-provenance = Provenance
breakdown-group-by = Group by
breakdown-drill-hint = Click a row to drill down
breakdown-units = Amounts in { $unit } · utilisation = utilised ÷ contracted
breakdown-cross-tab = Cross-tab: { $by }
breakdown-cross-by = by
breakdown-cells = cells: contracted, { $unit }
filter-title = Filters
filter-clear-all = Clear all
filter-clear-all-hint = Remove every filter
filter-views = Views
filter-views-hint = Save the current filters, sort, columns, tab and units under a name.
filter-delete-view-hint = Delete the view “{ $name }”
filter-save-view = Save view…
filter-view-name = View name
filter-save = Save
filter-cancel = Cancel
filter-facet-selected = { $facet } ({ $n } selected)
filter-clear = Clear
filter-clear-facet-hint = Clear the { $facet } filter
filter-find = Find a { $facet }
filter-more = … { $n } more: type above to find one
filter-panel-search = Search
filter-search-hint = Project or investor name
filter-panel-years = Contract year
filter-from = From
filter-to = to
filter-min = Min
filter-max = Max
filter-any-amount = any
filter-liangjiang-hint = China's inland state-level new area, spanning parts of Jiangbei, Yubei and Beibei
filter-any = Any
filter-inside = Inside
filter-outside = Outside

## Exports and the app's own file chooser

export-selected-rows = Selected rows as { $format }…
export-done-with-about = Exported { $what } to { $path }, described in { $about }.
chooser-no-dialog = This system shows no file dialog, so the app shows its own.
chooser-folder = Folder
chooser-up = Up
chooser-file-name = File name
chooser-types = Shows folders and { $types } files
chooser-save = Save
chooser-open = Open
chooser-cancel = Cancel
chooser-unreadable = Cannot read this folder: { $error }
chooser-is-folder = This is a folder: type a file name.
chooser-replaces = A file of this name exists: saving replaces it.
chooser-no-such-file = No file of this name in this folder.
## Map: the district map, its legend and tooltips, the map slide's title and caption

map-zoom-whole = Whole municipality
map-zoom-central = Central urban area
map-measure-contracted = By contracted
map-measure-projects = By projects
map-measure-share = By share
map-style-filled = Filled districts
map-style-bubbles = Bubbles
map-hint = Click a district to filter to it; hover for its figures
map-district = District { $name }
map-legend-contracted = Contracted ({ $unit })
map-legend-projects = Projects
map-legend-share = Share of contracted (%)
map-legend-range = { $low } – { $high }
map-legend-bubbles = Bubble area grows with the value
map-legend-no-project = No project in the selection
map-legend-liangjiang = Liangjiang New Area (2025)
map-legend-liangjiang-note = Drawn as the outline of Jiangbei and Yubei: an approximation of the 2025 boundary
map-legend-small = Small districts: names on leader lines, or on hover
map-not-on-map =
    Not on the map: { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }, { $amount } (district unknown)
map-tooltip-contracted = { $amount } contracted
map-tooltip-share = { $share } of the selection
map-tooltip-liangjiang = Part of the Liangjiang New Area (2025)
map-tooltip-click = Click to filter to this district
map-title-contracted = Contracted by district ({ $unit })
map-title-projects = Projects by district
map-title-share = Share of contracted by district
map-measure-score = By opportunity score
map-title-score = Opportunity score by district
map-title-best-cell = Opportunity score of each district's best sector × district cell
map-legend-score = Opportunity score 0–100
map-legend-best-cell = Best cell's opportunity score 0–100
map-legend-score-note = Under the weights and the { $years }-year window set on the Opportunities tab
map-legend-no-score = No score (fewer than { $below } projects)
map-tooltip-score = Opportunity score { $score } / 100
map-tooltip-best-cell = Best cell: { $sector } · score { $score } / 100
map-tooltip-thin-cell = A thin cell: { $n } { $n ->
        [one] project
       *[other] projects
    } so far
map-tooltip-no-score = No score: fewer than { $below } projects in the selection
map-caption-boundaries = District boundaries: { $package } ({ $licence }), simplified to about 100 m; Liangjiang New Area (2025) drawn as the outline of Jiangbei and Yubei, an approximation
map-no-geometry = The district map could not be read: { $error }
## Saved state: notices at start when the persisted settings could not all be read (src/state.rs)

state-unreadable = The saved settings could not be read ({ $reason }), so the app started with its defaults.
state-kept-copy = The original is kept as { $path }.
state-skipped = Some saved settings could not be read and were left out: { $what }. Everything else was kept.
state-skipped-views = { $n ->
    [one] one saved view
   *[other] { $n } saved views
}
state-skipped-mappings = { $n ->
    [one] one column mapping
   *[other] { $n } column mappings
}
state-skipped-settings = { $n ->
    [one] one other setting (back to its default)
   *[other] { $n } other settings (back to their defaults)
}
state-list-separator = {", "}
state-not-reopened = { $path } was not reopened: the app closed while opening it last time. Open it again from the File menu to try again.
## Opportunities tab (issue 12): the score, the heat-map, the shortlist and Compare

tab-opportunities = Opportunities
score-factor-scale = Scale
score-factor-momentum = Momentum
score-factor-realisation = Realisation
score-factor-breadth = Breadth
score-factor-openness = Openness
score-factor-policy = Policy fit
score-factor-white-space = White space
score-formula-window = Window: Y is the latest contract year in the whole dataset and W = { $years } years; recent = Y−W+1 … Y, prior = Y−2W+1 … Y−W. Amounts in USD m; C = the contracted total of the group's selected projects.
score-formula-scale = ln(1 + C). Never missing.
score-formula-momentum = ln((1 + C recent) ÷ (1 + C prior)). Never missing.
score-formula-realisation = Σ utilised ÷ Σ contracted over the group's rows whose utilised amount is known. Missing when there is no such row, or that Σ contracted is 0.
score-formula-breadth = ln(1 + the number of distinct investors). Never missing.
score-formula-openness = 1 − Σ s_i², s_i = investor i's share of C (1 − HHI). Missing when C = 0.
score-formula-policy = sectors and cells: 1 if the sector is a focus area of the 2023 Chongqing–Hong Kong cooperation mechanism, else 0; districts: the share of the district's C in focus sectors (missing when C = 0).
score-formula-white-space = cells only: ln((1 + E) ÷ (1 + A)), A = the cell's C, E = C of its sector × C of its district ÷ C of the selection.
score-formula-norm = Each factor is normalised across the scored groups that have it: 100 × (raw − min) ÷ (max − min), or 50 when max = min.
score-formula-total = Score = Σ weight × norm ÷ Σ weight, over the group's factors that are not missing and have a weight above 0.
score-formula-thin = A group with fewer than { $below } projects is thin: shown, but flagged.
score-formula-order = Order: highest score first; ties by name.
score-note-synthetic = illustrative: synthetic sample
score-note-sources = source: { $sources }
score-note-sources-more = source: { $sources } and { $more } more
score-note-separator = { "; " }
why-factor-scale = scale
why-factor-momentum = momentum
why-factor-realisation = realisation
why-factor-breadth = breadth
why-factor-openness = openness
why-factor-policy = policy
why-factor-white-space = white space
why-policy-other = not a focus sector of the 2023 Chongqing–Hong Kong cooperation mechanism
opp-rank-by = Rank
opp-by-sector = Sectors
opp-by-district = Districts
opp-by-cell = Sector × district cells
opp-presets = Presets
opp-preset-balanced = Balanced
opp-preset-momentum = Momentum
opp-preset-white-space = White space
opp-preset-policy = Policy-aligned
opp-weights = Weights
opp-weight-hint = How much { $factor } counts in the score; 0 leaves it out.
opp-window = Recent window (years)
opp-window-hint = Momentum compares the latest { $years } contract years with the { $years } before them.
opp-about = About the score
opp-about-title = About the opportunity score
opp-about-intro = A transparent ranking of the current selection: every factor, weight and figure is shown, and the command line computes the same score from the same file.
opp-about-weights = Weights now
opp-section-ranking = Ranking
opp-section-heat-map = Heat-map
opp-section-map = Score map
opp-section-compare = Compare ({ $n })
opp-col-score = Score
opp-col-thin = Sample
opp-thin = thin
opp-thin-hint = Fewer than { $below } projects: read this score with care.
opp-pin-label = Pin { $name }
opp-pin-hint = Pin to the shortlist (up to { $max }) to compare.
opp-unpin-hint = Remove from the shortlist.
opp-shortlist-full = The shortlist holds { $max } at most: remove one first.
opp-shortlist = Shortlist
opp-shortlist-empty = Pin 2–5 sectors, districts, cells or projects (+) to compare them side by side.
opp-remove-label = Remove { $name } from the shortlist
opp-compare = Compare
opp-compare-hint = Pin at least { $min } to compare.
opp-clear-shortlist = Clear
opp-why = Why
opp-why-pick = Click a row to see why it scores as it does.
opp-why-title = { $name } · score { $score }
opp-no-score = No score: every factor with a weight is missing for this group.
opp-points = { $points } pts
opp-heat-hint = Cell score 0–100: the stronger the colour, the higher among these cells · a dot marks a thin cell (fewer than 3 projects) · click a cell to filter to it
opp-heat-label = { $sector } in { $district }: score { $score }
opp-map-hint-districts = Each district by its own score · click a district to filter to it
opp-map-hint-cells = Each district by its best sector × district cell · click a district to filter to it
opp-map-hint-sectors = Ranked by sector: the map shows the districts' own scores · click a district to filter to it
opp-error = The score cannot be computed: { $error }
opp-compare-title = The shortlist compared
opp-compare-within = Within the current selection · amounts in { $unit }
opp-compare-investors = Investors
opp-compare-sub-sectors = Largest sub-sectors
opp-compare-districts = Largest districts
opp-compare-score = Score and factors
opp-compare-not-scored = Projects are not scored.
opp-compare-nothing = Nothing of this in the current selection.
opp-pin-project = Pin this project
opp-unpin-project = Unpin this project
opp-slide-title = Hong Kong investment in Chongqing — the shortlist compared
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
filter-contracted-between = Contracted: { $min } to { $max }
filter-contracted-min = Contracted: ≥ { $min }
filter-contracted-max = Contracted: ≤ { $max }
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
amount-unit-usd-m = USD m
amount-unit-usd = USD
amount-unit-usd-k = USD k
amount-unit-usd-10k = USD 10 k (万美元)
amount-unit-usd-100m = USD 100 m (亿美元)
amount-unit-usd-bn = USD bn
amount-unit-cny = CNY
amount-unit-cny-k = CNY k (千元)
amount-unit-cny-10k = CNY 10 k (万元)
amount-unit-cny-m = CNY m (百万元)
amount-unit-cny-100m = CNY 100 m (亿元)
amount-unit-hkd = HKD
amount-unit-hkd-10k = HKD 10 k (万港元)
amount-unit-hkd-m = HKD m
amount-unit-hkd-100m = HKD 100 m (亿港元)
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
task-reading = Reading { $path }…
task-loading = Loading { $path }…
notice-exported = Exported { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }.
notice-exported-deck = Exported a deck of { $pages } { $pages ->
        [one] page
       *[other] pages
    } to { $path }.
notice-exported-ranking = Exported the ranking of { $groups } groups ({ $shown }) to { $path }.
ranking-contents-sectors = Opportunity score of sectors, highest first
ranking-contents-districts = Opportunity score of districts, highest first
ranking-contents-cells = Opportunity score of sector × district cells (empty cells included), highest first
ranking-window = { $years } years: recent { $recent_first }–{ $recent_last } against prior { $prior_first }–{ $prior_last }
ranking-window-no-years = { $years } years (the data has no contract year, so momentum compares nothing)
ranking-about-note = Score note
ranking-about-weights = Weights
ranking-about-window = Recent window
ranking-about-formula = Formula
ranking-sheet = Ranking
ranking-col-rank = Rank
ranking-col-contracted = Contracted (USD m)
ranking-col-score = Score (0–100)
ranking-col-thin = Thin (< 3 projects)
ranking-col-factor = { $factor } (0–100)
ranking-col-why = Why
ranking-why-separator = { "; " }
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
notice-nothing-exported = { $error }. Nothing was exported.
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

cell-amount-with-rate = { $usd } ({ $cny } at { $rate })
cell-yes = yes
cell-no = no

## The default data's own labels (query::labels::value_label); English shows them as stored

value-status-contracted = Contracted (not started)
value-status-under-construction = Under construction
value-status-operating = Operating
value-status-completed = Completed/divested
value-status-closed = Closed
value-origin-hong-kong = Hong Kong SAR
value-not-stated = (not stated)
value-band-under-1 = < USD 1 m
value-band-1-10 = USD 1–10 m
value-band-10-50 = USD 10–50 m
value-band-50-200 = USD 50–200 m
value-band-200-800 = USD 200–800 m
value-band-over-800 = ≥ USD 800 m

## Export menu items added with the chart data and the opportunity lens
export-chart-data = Chart data as { $format }…
export-ranking = Ranking as { $format }…
export-compare-png = Compare as PNG…
## Story: the slides a presenter builds (the story panel, from the View menu)

story-heading = Story
story-close = Hide
story-title = Story title
story-title-hint = e.g. Hong Kong capital in Chongqing, 2024 review
story-add = Add current view as slide
story-present = Present
story-open = Open story…
story-save = Save story…
story-empty = No slides yet. Set up a view — filters, tab, chart — then add it as a slide ({ $key }).
story-untitled = Untitled slide
story-jump-hint = Show this slide's view
story-slide-title = Slide title
story-caption = Caption
story-caption-hint = What the client should take away from this slide
story-move-up = Move up
story-move-down = Move down
story-duplicate = Duplicate
story-update = Update from current view
story-delete = Delete slide
story-warning = slide { $slide }: { $warning }
story-opened =
    Opened the story { $file } ({ $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    }).
story-opened-warnings =
    Opened the story { $file } ({ $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    }), but { $warnings }; those parts match nothing.
story-open-failed = { $error }. The story is unchanged.
story-saved = Saved the story to { $file }.
story-save-failed = { $error }. Nothing was changed.
story-file-dialog = Story ({ $extension })

## Presentation mode

present-counter = { $number } / { $total }
present-typed = Go to { $typed }…
present-top-projects = Top { $shown } of { $total } projects
present-current-view = Current view

## Menus of the story and presentation mode

menu-open-story = Open story…
menu-save-story = Save story…
menu-view-theme-projector = Projector
menu-view-theme-projector-hint = Light background, heavier lines and larger type, for a projector in a lit room
menu-view-present = Present
menu-view-story = Story panel
menu-help-shortcuts = Keyboard shortcuts

## Keyboard shortcuts (the list in the Help menu)

shortcuts-title = Keyboard shortcuts
shortcuts-window = Exploring
shortcuts-presenting = Presenting
key-open = Open a project file
key-focus-search = Search project and investor names
key-export = Export what the tab shows
key-tab-table = Table tab
key-tab-breakdown = Breakdown tab
key-tab-charts = Charts tab
key-tab-map = Map tab
key-undo = Undo
key-redo = Redo
key-present = Present the story full screen
key-story-panel = Show or hide the story panel
key-add-slide = Add the current view as a slide
key-duplicate-slide = Duplicate the selected slide
key-delete-slide = Delete the selected slide
key-move-slide-up = Move the selected slide up
key-move-slide-down = Move the selected slide down
key-rename-slide = Rename the selected slide
key-edit-caption = Edit the selected slide's caption
key-update-slide = Update the selected slide from the current view
key-next-story-slide = Show the next slide's view
key-previous-story-slide = Show the previous slide's view
key-open-story = Open a story file
key-save-story = Save the story to a file
key-projector-theme = Projector theme on or off
key-shortcuts = This list of shortcuts
key-present-next = Next slide
key-present-previous = Previous slide
key-present-first = First slide
key-present-last = Last slide
key-present-jump = Go to slide number …
key-present-revert = Undo clicks on this slide (back to the slide as saved)
key-present-leave = Leave, back to the view from before

key-tab-opportunities = Opportunities tab
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
pdf-opp-title = Where the opportunities are
pdf-opp-top-sectors = Top { $n } of { $total } sectors by opportunity score
pdf-opp-top-districts = Top { $n } of { $total } districts by opportunity score
pdf-opp-top-cells = Top { $n } of { $total } sector × district cells by opportunity score (cells with no project yet included: they are the white space)
pdf-opp-window = Recent window of { $years } years: { $window }
pdf-opp-method = Score 0–100: the weighted mean of seven factors, each scaled 0–100 across the groups scored; each reason shows the points it adds. Relative to this selection, not a forecast.
pdf-opp-why = Why (first reasons, with their points)
pdf-opp-thin = { $name } (thin)
pdf-top-projects =
    { $n ->
        [one] The largest project by contracted amount
       *[other] Top { $n } projects by contracted amount
    }

## Load errors (query::messages): where first — the file, then line and column when known — then what is wrong

load-error = { $place }: { $what }
load-place-line = { $path }, line { $line }
load-place-column = { $path }, line { $line }, column { $column }
load-io = cannot read the file: { $kind ->
    [not-found] it does not exist
    [denied] permission denied
   *[other] { $detail }
}
load-empty = the file is empty; expected a header line and project rows
load-encoding = the text is not valid { $encoding }; save the file as { $utf8 }, or choose its encoding when opening it
load-binary = this is not a text table (it looks like binary data); expected CSV, TSV, XLSX, XLS, JSON or RON
load-cancelled = the file was closed before it finished loading
problem-row-width = expected { $expected } fields like the header, found { $found }
problem-truncated = the last row is cut short ({ $found } of { $expected } fields): the file seems truncated
problem-no-rows = the file has a header but no rows; expected one project per line under the header
problem-syntax = { $what }
problem-not-table = the file is { $found }; expected { $shape }
problem-rows-not-list = "{ $rows }" is { $found }; expected a list of rows
syntax-ends-early = the text ends before what it opened is closed (a bracket or a quote is missing, or the file is cut short)
syntax-expected-token = expected { $token }
syntax-expected-either = expected { $first } or { $second }
syntax-expected-value = expected { $wanted }
wanted-value = a value
wanted-name = a name
wanted-boolean = true or false
wanted-integer = a whole number
wanted-number = a number
wanted-text = text in quotes
wanted-character = a character
syntax-trailing-comma = a comma before the closing bracket
syntax-trailing-characters = more text after the end of the document
syntax-invalid-number = a number that is not written as one, or is too large
syntax-invalid-escape = a backslash escape that is not one
syntax-key-not-text = a key that is not text in quotes
syntax-control-character = a control character (a tab or a line break) inside quotes
syntax-unclosed-comment = a comment that is never closed
syntax-too-deep = lists or objects nested deeper than the app reads
syntax-unexpected-char = unexpected character { $found }
syntax-missing-field = the field { $field } is missing
syntax-unknown-field = unknown field { $found }; expected one of { $expected }
syntax-unknown-choice = unknown value { $found }; expected one of { $expected }
syntax-other = { $detail }
problem-read-failed = cannot read: { $detail }
problem-parser-stopped = the parser thread stopped unexpectedly
problem-parser-failed = cannot start a parser thread: { $detail }
problem-utf32 = the text is { $utf32 }, which is not supported; save the file as { $utf8 }
problem-json-shape = the app's export (an object with a "{ $rows }" list), a list of objects, or a list of lists whose first is the header
problem-row-not-table = row { $row } is { $found }; expected { $shape }
problem-row-unlike = row { $row } is { $found }; expected { $like } like row 1
problem-found-empty-object = an empty object
problem-found-keys = an object with the keys { $keys }
problem-no-rows-key = this { $format } has no "{ $rows }"; expected { $shape }, found { $found }
problem-shape = { $detail }
problem-too-many-values = row { $row } has { $values } values, more than the { $limit } columns a table may have
problem-too-many-keys = row { $row } brings the key "{ $key }", one more than the { $limit } distinct keys (columns) the app reads; expected objects that share their keys, one per project
problem-too-many-cells = with row { $row } the table would be { $rows } rows × { $columns } columns, more than the { $limit } cells the app reads
problem-keys-of-their-own = { $size }; most rows bring keys of their own (the newest, "{ $key }", first appears in row { $first }): expected objects that share their keys, one per project
problem-no-such-sheet = the workbook has no sheet { $sheet }; its sheets are { $sheets }
problem-empty-sheet = sheet "{ $name }" is empty; choose another of the sheets { $sheets }
workbook-in-sheet = sheet { $sheet }: { $what }
workbook-sheet-number = no. { $n }
workbook-not-a-workbook = this is not a spreadsheet; expected an Excel workbook (.xlsx or .xls) or an OpenDocument spreadsheet (.ods)
workbook-compound-without-workbook = this is not a spreadsheet; expected an Excel workbook (.xlsx or .xls) or an OpenDocument spreadsheet (.ods) (this compound file holds no workbook)
workbook-zip-without-workbook = this is not a spreadsheet; expected an Excel workbook (.xlsx or .xls) or an OpenDocument spreadsheet (.ods) (this ZIP archive holds no workbook)
workbook-web-page = this is a web page (an HTML table) saved under a spreadsheet's name, as bank and ERP downloads often are; open it in Excel and save it as .xlsx or CSV
workbook-xml-spreadsheet = this is an Excel 2003 XML spreadsheet, which the app does not read; open it in Excel and save it as .xlsx
workbook-password = the workbook is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook), save it and open it again
workbook-damaged = the workbook is damaged or could not be read ({ $detail }); open it in Excel, save it again and retry
workbook-reader-stopped = the workbook is damaged and could not be read (the spreadsheet reader stopped: { $detail }); open it in Excel, save it again and retry
workbook-reader-stopped-at = the workbook is damaged and could not be read (the spreadsheet reader stopped at sheet { $sheet }: { $detail }); open it in Excel, save it again and retry
workbook-too-many-parts = the workbook holds { $parts } parts, more than the { $limit } the app reads (a workbook has a few dozen)
workbook-archive-too-large = the workbook's parts would unpack to more than { $limit }, the most the app reads from one workbook; this looks like a zip bomb
workbook-part-too-large = part { $part } would unpack to { $size }, more than the { $limit } the app reads from one part of a workbook
workbook-part-packed-tight = part { $part } would unpack from { $packed } to { $size } ({ $ratio } times its packed size; real workbooks pack 5 to 20 times): this looks like a zip bomb and is not opened
workbook-part-beyond-declared = part { $part } unpacks to more than the { $declared } its directory declares; the workbook is damaged or built to exhaust memory
workbook-long-tag = part { $part } has a tag longer than { $limit }; the workbook is damaged
workbook-long-text = part { $part } holds more than { $limit } of text or spaces with no markup, more than any cell holds: the workbook is damaged or built to exhaust memory
workbook-strings-announced = part { $part } announces { $announced } shared strings, more than the { $limit } the app reads
workbook-too-many-strings = part { $part } holds more than { $limit } shared strings, the most the app reads
workbook-ods-grid = part { $part } makes sheets of more than { $limit } cells, the most the app reads from an OpenDocument workbook
workbook-ods-grid-trim = part { $part } makes sheets of more than { $limit } cells, the most the app reads from an OpenDocument workbook; in the spreadsheet, delete the rows below and the columns to the right of the table, save and open the file again
workbook-sector-loop = the workbook is damaged: a chain of its sectors loops; open it in Excel, save it again and retry
workbook-stream-outside = the workbook is damaged: a stream points outside the file's data; open it in Excel, save it again and retry
workbook-sector-table = the workbook is damaged: its sector table is larger than the file; open it in Excel, save it again and retry
workbook-xls-sheets = the sheets up to { $sheet } hold more than { $limit } cells together, the most the app reads from an XLS workbook; in Excel, delete the rows below and the columns to the right of the tables, save and open the file again
workbook-xls-far-cell = sheet { $sheet }: cell { $cell } is far outside the table (the sheet starts at { $start }): reading up to it makes { $rows } rows × { $columns } columns, more than the { $limit } cells the app reads from an XLS workbook; in Excel, delete the rows below and the columns to the right of the table, save and open the file again
workbook-xls-dimensions = sheet { $sheet } declares rows { $first_row } to { $last_row } and columns { $first_column } to { $last_column }, more than the { $limit } cells the app reads from an XLS workbook: the workbook is damaged; open it in Excel, save it again and retry
workbook-filled-cells = the sheet has more than { $limit } filled cells, the most the app reads
workbook-far-cell = cell { $cell } is far outside the table ({ $table }): reading the sheet up to it makes { $rows } rows × { $columns } columns, { $limit }; in the spreadsheet, delete the rows below and the columns to the right of the table (Ctrl+End goes to the last cell in use), save and open the file again
workbook-table-too-large = the table { $table } is { $rows } rows × { $columns } columns, { $limit }
workbook-limit-columns = more than the { $limit } columns the app reads
workbook-limit-cells = more than the { $limit } cells the app reads
size-bytes = { $n } bytes
problem-reference = { $detail }
value-kind-object = an object
value-kind-list = a list
value-kind-text = text
value-kind-number = a number
value-kind-boolean = true/false
value-kind-null = null
quoted = "{ $text }"
expected-year = a year such as 2015
expected-date = a date such as 2015-06-30
expected-employees = a number of employees
expected-coordinate = a coordinate in degrees
expected-yes-no = yes or no
expected-currency = a currency such as USD, CNY, 人民币 or 港元
expected-amount = a non-negative amount such as 12.5
expected-convertible-amount = an amount in USD, CNY or HKD (no exchange rate for this currency or year)
expected-spreadsheet-value = a value (the spreadsheet shows an error)
map-override-syntax = { $flag } "{ $spec }": expected { $form }
map-override-field = { $flag } "{ $spec }": unknown field "{ $key }"; expected one of { $fields }
map-override-column = { $flag } "{ $spec }": no column "{ $column }"; the file's columns are { $columns }

## The data-quality report (query::messages): the headline under the notice, then the lines of the window and inspect

quality-rows-read = { $n ->
    [one] 1 row
   *[other] { $n } rows
} read
quality-rows-skipped = { $n } skipped
quality-values-repaired = { $n ->
    [one] 1 value
   *[other] { $n } values
} repaired
quality-values-unreadable = { $n } values unreadable
quality-unknown-names = { $n } unknown sector or district names
quality-notes = { $n ->
    [one] 1 note
   *[other] { $n } notes
}
quality-skipped-line = skipped line { $line }: { $reason }
quality-more-skipped = … and { $n } more skipped rows
quality-extra-column = extra column
quality-column = { $name } ({ $target }): { $missing } missing, { $repaired } repaired, { $unreadable } unreadable
quality-converted = , { $n } converted from { $currency } at the contract year's rate
quality-first-invalid = {" "}(first at line { $line }: "{ $value }", expected { $expected })
quality-unknown-sector = unknown sector "{ $name }" in { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} (kept as written)
quality-unknown-district = unknown district "{ $name }" in { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} (kept as written)
quality-matched = matched { $column }: { $labels ->
    [one] 1 name
   *[other] { $labels } names
} ({ $rows ->
    [one] 1 row
   *[other] { $rows } rows
}) by { $how }
quality-matched-example = , e.g. { $example } → { $matched }
quality-more-unknown = … and { $n } more unknown names
quality-no-column = no column for: { $fields }
match-exact = exact name
match-chinese-name = Chinese name
match-pinyin = pinyin
match-adcode = adcode
match-section-letter = section letter
match-english-variant = English variant
note-ignored-cell = ignored cell { $cell } ("{ $value }"): { $why }
note-beyond-the-sheet = it is beyond the last cell a spreadsheet has ({ $last })
note-far-outside = it is alone in its row and column, far outside the table { $table }
note-more-ignored = ignored { $n } more cells like these
read-as-comma = comma-separated
read-as-semicolon = semicolon-separated
read-as-tab = tab-separated
read-as-pipe = pipe-separated
read-as-quote = quoted with { $quote }
read-as-decimal-comma = decimal comma
read-as-sheet = sheet "{ $name }"
read-as-header = header on line { $line }
read-as-columns = { $n ->
    [one] 1 column
   *[other] { $n } columns
}
format-delimited = delimited text
format-workbook = spreadsheet
column-type-number = number
column-type-date = date
column-type-text = text
column-type-empty = empty

## The command line's own refusals and reports (clap's help and usage text stay English)

cli-unknown-choice = unknown { $flag } "{ $given }"; valid choices: { $choices }
cli-unknown-value = unknown value "{ $given }"; valid choices: { $choices }
cli-invalid-value = invalid value for { $arg }: { $problem }
cli-counts-from-one = { $flag } counts from 1
cli-at-least-one = { $flag } must be at least 1
cli-bound-infinite = "{ $given }" is not a finite amount; give { $millions } such as 12.5
cli-bound-not-a-number = "{ $given }" is not a number; give { $millions } such as 12.5
cli-view-bound = the view's { $key } is { $bound }; use a number of { $millions }
cli-millions-usd = USD millions
cli-millions-cny = CNY millions
cli-millions-hkd = HKD millions
cli-view-bounds-currency = the view's amount bounds are in { $currency }; give { $flags } (bounds come in one currency)
cli-bounds-one-currency = amount bounds come in one currency: { $first } and { $second } were both given
cli-unknown-name = unknown { $field } "{ $name }"; valid choices: { $choices }
cli-sort-direction = { $flag } { $spec }: unknown direction "{ $direction }"; use { $asc } or { $desc }
cli-sort-column = { $flag }: no column "{ $name }"; valid choices: { $choices }
cli-export-extension = cannot tell the format of { $path }; valid extensions: { $extensions }
cli-not-pdf = { $path } is not a { $extension } file
cli-not-from-disk = the file was not read from disk
cli-cannot-write-report = cannot write the report: { $error }
cli-quality-warning = data quality: { $headline } (run `{ $command }` for details)
cli-chart-wrote = Wrote the chart data of “{ $chart }” for { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }
cli-brief-wrote = Wrote a brief of { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }
cli-deck-wrote = Wrote a deck of { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } to { $path }
inspect-file = File:     { $file }
inspect-read-as = Read as:  { $format } · { $how }
inspect-rows = Rows:     { $n }
inspect-plain-table = Plain table: no column for { $fields } (use { $flag })
inspect-columns = Columns:
inspect-to-field = → { $field }
inspect-to-field-in = → { $field }, in { $unit }
inspect-to-currency = → currency of the row
inspect-extra-column = (extra column)
inspect-quality = Quality:
weights-unknown-factor = unknown factor "{ $given }" in the weights; valid names: { $names }
weights-malformed = expected { $form } in the weights, found "{ $given }"; valid names: { $names }
weights-not-a-number = the weight of { $factor } must be a number ≥ 0, found "{ $given }"; valid names: { $names }
weights-negative = the weight of { $factor } is negative ({ $value }); weights are ≥ 0; valid names: { $names }
weights-all-zero = every weight is 0, so nothing would be scored; give at least one of { $names } a weight above 0
score-error-recent-years = the recent window must be 1 to { $most } years, found { $given }
score-error-too-many-cells = { $sectors } sectors × { $districts } districts make more than { $most } cells to score; narrow the selection, or score by sector or by district

## Published facts (data/facts.ron) in the reader's language: English as in the data (a test checks they agree),
## the Chinese as the Chinese sources word them

fact-hk-projects-label = Hong Kong-invested projects in Chongqing
fact-hk-projects-value = > 3,500
fact-hk-projects-detail = Cumulative number of projects with Hong Kong investment. Earlier checkpoints: 2,842 by end 2016 (China Daily, Feb 2017) and about 3,344 by end 2021 (HKTDC via iChongqing, 4 Mar 2022).
fact-hk-projects-source = Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023; China News, 25 Oct 2024
fact-hk-contracted-label = Hong Kong contracted foreign investment
fact-hk-contracted-value = USD 70.4 bn
fact-hk-contracted-detail = Cumulative contracted (合同外资), not utilised, foreign investment from Hong Kong.
fact-hk-contracted-source = Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023; China News, 25 Oct 2024
fact-trade-2023-label = Chongqing–Hong Kong trade, Jan–Sep 2023
fact-trade-2023-value = CNY 39.1 bn (≈ USD 5.37 bn)
fact-trade-2023-detail = Hong Kong was Chongqing's third-largest trade partner.
fact-trade-2023-source = Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023
fact-share-2022-label = Hong Kong's share of Chongqing's foreign investment, 2022
fact-share-2022-value = 73.2 %
fact-share-2022-detail = From the graphic "Hong Kong's investment in Chongqing in 2022".
fact-share-2022-source = Chongqing Municipal Commission of Commerce via iChongqing, 13 Nov 2023
fact-share-long-run-label = Hong Kong's share of Chongqing's foreign investment, long run
fact-share-long-run-value = > 60 %
fact-share-long-run-detail = Consistently above 60 % of the city's foreign investment; the cumulative share was about 55–56 % in 2021–23 (iChongqing, 26 Sep 2021 and 13 Jan 2023).
fact-share-long-run-source = iChongqing, 13 Nov 2023; 26 Sep 2021; 13 Jan 2023
fact-cooperation-mechanism-label = Chongqing–Hong Kong cooperation mechanism
fact-cooperation-mechanism-value = 11 areas, 47 items
fact-cooperation-mechanism-detail = Set up on 11 May 2023. Areas: Belt and Road / economy, trade and investment; finance; innovation and technology; logistics; culture and tourism; education; talent; youth; legal and dispute resolution; health and traditional Chinese medicine; facilitation for Hong Kong people.
fact-cooperation-mechanism-source = HKSAR Government press release P2023051100454
fact-chengdu-chongqing-circle-label = Chengdu–Chongqing economic circle
fact-chengdu-chongqing-circle-value = 185,000 km² · ≈ 96 m people · GDP ≈ CNY 6.3 trn
fact-chengdu-chongqing-circle-detail = Area, population and 2019 GDP of the twin-city economic circle.
fact-chengdu-chongqing-circle-source = State Council, Chengdu–Chongqing economic circle construction plan, Oct 2021
fact-note-trade-slip-label = Note: investment, not trade
fact-note-trade-slip-value = > 60 % of foreign investment
fact-note-trade-slip-detail = The 13 Nov 2023 article says Hong Kong is "> 60 % of total external trade"; that is a slip for foreign investment. China News (25 Oct 2024) has it right, and Hong Kong is only the third-largest trade partner.
fact-note-trade-slip-source = iChongqing, 13 Nov 2023; China News, 25 Oct 2024
fact-note-contracted-vs-utilised-label = Note: contracted is not utilised
fact-note-contracted-vs-utilised-value = USD 70.4 bn is contracted
fact-note-contracted-vs-utilised-detail = Contracted foreign investment (合同外资) is the amount committed in approved contracts; utilised foreign investment (实际使用外资) is the money actually paid in, usually much lower. Every amount in this dataset is contracted unless labelled utilised.
fact-note-contracted-vs-utilised-source = PRC foreign-investment statistics definitions (MOFCOM / NBS)
fact-note-round-tripping-label = Note: "Hong Kong" in PRC statistics
fact-note-round-tripping-value = Includes round-tripped capital
fact-note-round-tripping-detail = PRC statistics record investment by the place the investing company is registered, so "Hong Kong" includes mainland capital routed through Hong Kong companies (round-tripping) and mainland state-owned groups headquartered there.
fact-note-round-tripping-source = PRC foreign-investment statistics by source of registration (MOFCOM / NBS)

## The why of a score, one line per factor (query::score::why_text_in)

why-line = { $factor } { $norm }/100: { $detail }
why-no-year = no contract year
why-years = { $years }
why-scale = { $amount } contracted
why-momentum = { $recent } contracted in { $recent_years } against { $prior } in { $prior_years }
why-realisation = { $utilised } utilised of { $contracted } contracted ({ $share })
why-breadth = { $n ->
    [one] 1 investor
   *[other] { $n } distinct investors
}
why-openness-one = 1 investor, holding all of the amount contracted
why-openness = { $n } investors, the largest holding { $share } of the amount contracted
why-policy-focus = a focus sector of the 2023 Chongqing–Hong Kong cooperation mechanism
why-policy-not-focus = not a focus sector of the 2023 Chongqing–Hong Kong cooperation mechanism
why-policy-district = { $share } of its { $contracted } contracted is in focus sectors of the 2023 cooperation mechanism
why-white-space = { $actual } contracted where its sector's and district's totals suggest { $expected }

# Why an export failed (after "The export failed: "). A system's or a library's own detail stays as it said it.
export-error-io = cannot write { $path } ({ $detail })
export-error-too-many-rows = { $rows } rows do not fit in an Excel sheet (at most { $limit }); narrow the filter or export to CSV instead
export-error-too-many-columns = { $columns } columns do not fit in an Excel sheet (at most { $limit }); export to CSV instead
export-error-unknown-type = { $path }: unknown file type; use one of { $extensions }
export-error-no-story = no story was chosen for the deck
export-error-encode = the data could not be written in this format (original message: { $detail })
