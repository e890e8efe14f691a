import { changeText } from '../adapters/shared/change-text.js';
import type { Language, Observation } from '../data/schema.js';
import { formatPeriod, formatValue } from '../engine/index.js';
import type { Move, RedefinedFigure, RevisedFigure, WhatsNewReport } from './report.js';

/** "• Naturalisatie · aanvragen 2025: 51.760 (2024: 54.780; −3.020 (−5,5%))"; points for percentages. */
function moveLine(m: Move, lang: Language): string {
  const v = formatValue(m.value, m.series.unit, lang);
  const p = formatValue(m.previous.value, m.series.unit, lang);
  const relative = m.series.unit === 'percent' ? null : m.relative;
  const change = changeText({ absolute: m.absolute, relative }, m.series.unit, lang);
  return `• ${m.series.label[lang]} ${formatPeriod(m.period, lang)}: ${v} (${formatPeriod(m.previous.period, lang)}: ${p}; ${change})`;
}

/** "• Label 2023: 7.270 → 5.210 (−2.060), Jaarcijfers 2023 → Jaarcijfers 2024" */
function changeLine(r: RevisedFigure, report: WhatsNewReport, lang: Language): string {
  const unit = r.series.unit;
  const diff = (r.after.value ?? 0) - (r.before.value ?? 0);
  const titles = (o: Observation) => report.titles[o.publication] ?? o.publication;
  return `• ${r.series.label[lang]} ${formatPeriod(r.period, lang)}: ${formatValue(r.before.value, unit, lang)} → ${formatValue(r.after.value, unit, lang)} (${changeText({ absolute: diff, relative: null }, unit, lang)}), ${titles(r.before)} → ${titles(r.after)}`;
}

/** The report as text for a person or a channel, in Dutch or English; `top` moves per list. */
export function formatWhatsNew(report: WhatsNewReport, lang: Language, top = 8): string {
  const nl = lang === 'nl';
  const title = report.publication.title;
  const redefined = report.redefined.length;
  const lines: string[] = [
    nl
      ? `Nieuw in ${title}${report.since ? ` (ten opzichte van ${report.since.title} en eerder)` : ''}: ${report.added.length} nieuwe cijfers, ${report.revisions.length} herzien${redefined ? `, ${redefined} anders geteld (definitiewijziging)` : ''}.`
      : `New in ${title}${report.since ? ` (against ${report.since.title} and earlier)` : ''}: ${report.added.length} new figures, ${report.revisions.length} revised${redefined ? `, ${redefined} counted differently (definition change)` : ''}.`,
  ];
  const section = (heading: string, moves: Move[]) => {
    if (moves.length === 0) return;
    lines.push('', heading, ...moves.slice(0, top).map((m) => moveLine(m, lang)));
  };
  section(nl ? 'Grootste relatieve veranderingen:' : 'Largest relative changes:', report.byRelative);
  section(nl ? 'Grootste veranderingen in aantallen:' : 'Largest changes in counts:', report.byAbsolute);
  section(nl ? 'Grootste veranderingen in percentages:' : 'Largest changes in percentages:', report.byPoints);
  lines.push('', nl ? 'Herziene cijfers (oud → nieuw):' : 'Revised figures (old → new):');
  if (report.revisions.length === 0)
    lines.push(nl ? '• Geen: geen enkel eerder cijfer is gewijzigd.' : '• None: no earlier figure changed.');
  for (const r of report.revisions) lines.push(changeLine(r, report, lang));
  if (redefined === 0) return lines.join('\n');
  lines.push(
    '',
    nl
      ? 'Anders geteld, geen herziening (definitiewijziging; oud → nieuw):'
      : 'Counted differently, not revised (definition change; old → new):',
  );
  // The figures of one definition change, then its explanation once.
  const groups = new Map<string, RedefinedFigure[]>();
  for (const r of report.redefined) {
    const key = `${r.series.id}|${r.definition.until}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    lines.push(...group.map((r) => changeLine(r, report, lang)), `  ${group[0]!.definition.note[lang]}`);
  }
  return lines.join('\n');
}
