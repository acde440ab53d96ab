//! Help ▸ About the data: what the rows are, the headline facts with their sources, the exchange rates.
//!
//! The headline facts are shown in the reader's language (`query::facts`); the rate series and the named
//! projects as their sources publish them (in English), with the named projects' Simplified names for
//! Simplified readers.

use super::ViewContext;
use crate::command::Command;
use crate::i18n::Lang;
use crate::query::describe::without_research_notes;
use crate::query::facts::fact_in;
use crate::query::labels;
use crate::tr;

pub fn about_window_ui(
    ctx: &egui::Context,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let mut open = true;
    egui::Window::new(Command::ShowAbout(true).text(lang))
        .open(&mut open)
        .default_width(620.0)
        .default_height(560.0)
        .vscroll(true)
        .show(ctx, |ui| {
            let dataset = context.dataset;
            ui.strong(tr!(lang, "data-synthetic-long"));
            ui.label(tr!(lang, "about-intro"));
            ui.label(tr!(
                lang,
                "about-current-source",
                source = labels::provenance_in(&dataset.provenance, lang)
            ));
            ui.add_space(8.0);
            ui.heading(tr!(lang, "about-facts"));
            for fact in &dataset.reference.facts {
                let text = fact_in(fact, lang);
                ui.horizontal_wrapped(|ui| {
                    ui.strong(&text.label);
                    ui.label(&text.value);
                });
                ui.weak(without_research_notes(&format!(
                    "{} — {} ({})",
                    text.detail, text.source, fact.date
                )));
                ui.add_space(4.0);
            }
            ui.add_space(8.0);
            ui.heading(tr!(lang, "about-rates"));
            let rates = &dataset.reference.rates;
            ui.label(format!(
                "{} — {}",
                rates.series,
                without_research_notes(&rates.source)
            ));
            ui.label(format!(
                "{} — {}",
                rates.hkd.series,
                without_research_notes(&rates.hkd.source)
            ));
            ui.add_space(8.0);
            ui.heading(tr!(context.lang, "tab-map"));
            ui.label(super::map::boundaries_caption(context.lang));
            ui.add_space(8.0);
            ui.heading(tr!(lang, "about-named-projects"));
            ui.label(tr!(lang, "about-named-projects-note"));
            for project in &dataset.reference.reference_projects {
                // `name_zh` is Simplified and not always known: Traditional readers see the published name.
                let name = match lang {
                    Lang::ZhHans if !project.name_zh.is_empty() => &project.name_zh,
                    _ => &project.name,
                };
                ui.horizontal_wrapped(|ui| {
                    ui.strong(name);
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
