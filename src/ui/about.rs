//! Help ▸ About the data: what the rows are, the headline facts with their sources, the exchange rates.

use super::ViewContext;
use crate::command::Command;
use crate::model::bands::SYNTHETIC_LABEL;
use crate::query::describe::without_research_notes;

pub fn about_window_ui(
    ctx: &egui::Context,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    egui::Window::new("About the data")
        .open(&mut open)
        .default_width(620.0)
        .default_height(560.0)
        .vscroll(true)
        .show(ctx, |ui| {
            let dataset = context.dataset;
            ui.strong(SYNTHETIC_LABEL);
            ui.label(
                "No public list of Hong Kong-invested projects in Chongqing exists. The project rows are generated \
                 deterministically so that they match the published aggregates: 3,530 projects and exactly \
                 USD 70.4 bn contracted, with cumulative counts of 2,842 by end 2016 and 3,344 by end 2021. \
                 Sector, district, year and size splits are estimates from whole-city figures. Investor and \
                 project names are invented.",
            );
            ui.label(format!("Current source: {}", dataset.provenance.describe()));
            ui.add_space(8.0);
            ui.heading("Headline facts");
            for fact in &dataset.reference.facts {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(&fact.label);
                    ui.label(&fact.value);
                });
                ui.weak(without_research_notes(&format!(
                    "{} — {} ({})",
                    fact.detail, fact.source, fact.date
                )));
                ui.add_space(4.0);
            }
            ui.add_space(8.0);
            ui.heading("Exchange rates");
            let rates = &dataset.reference.rates;
            ui.label(format!(
                "{} — {}",
                rates.series,
                without_research_notes(&rates.source)
            ));
            ui.add_space(8.0);
            ui.heading(crate::tr!(crate::i18n::Lang::En, "tab-map"));
            ui.label(super::map::boundaries_caption(crate::i18n::Lang::En));
            ui.add_space(8.0);
            ui.heading("Named projects (reference layer)");
            ui.label(
                "Real, sourced Hong Kong projects. Their figures are sale prices, land prices or floor areas, so \
                 they are not counted in any total.",
            );
            for project in &dataset.reference.reference_projects {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(&project.name);
                    ui.label(format!(
                        "· {} · {} · {}",
                        project.investor,
                        without_research_notes(&project.district),
                        project.year
                    ));
                });
                ui.weak(without_research_notes(&format!(
                    "{} — {}",
                    project.facts, project.source
                )));
            }
        });
    if !open {
        commands.push(Command::ShowAbout(false));
    }
}
