import { dimensionChartBars, gradeColor } from './dimension-chart.ts';
import { formatNumber } from './format-report-number.ts';
import type { CreditReport } from './report.ts';
import {
  CHART_TITLE,
  INACTIVE_NOTE,
  INACTIVE_TITLE,
  SECTION_TITLES,
  categoryTitle,
  coverRows,
  descriptionBlocks,
  enterpriseRows,
  evaluationRows,
  indicatorTable,
  recordTable,
  type LabelledValue,
  type ReportTable,
} from './report-tables.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Escaped text with line breaks kept. */
function cellHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 190mm; padding: 16px; color: #1f2328; font: 13px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 30px; letter-spacing: 6px; text-align: center; margin: 24px 0 4px; }
.subtitle { text-align: center; color: #57606a; margin: 0 0 24px; font-size: 15px; }
h2 { font-size: 17px; border-left: 4px solid #1f6feb; padding-left: 8px; margin: 28px 0 10px; break-after: avoid; }
h3 { font-size: 14px; margin: 18px 0 6px; break-after: avoid; }
.cover { border: 1px solid #d0d7de; padding: 20px 24px; margin-bottom: 12px; break-after: page; }
.badge { display: inline-block; min-width: 72px; padding: 6px 14px; border-radius: 6px; color: #fff; font-size: 30px; font-weight: 700; text-align: center; }
.grade { display: flex; align-items: center; gap: 16px; margin: 16px 0; }
.grade .label { font-size: 16px; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left; word-break: break-all; }
thead { display: table-header-group; }
thead th { background: #eaeef2; font-weight: 600; }
tr { break-inside: avoid; }
td.right { text-align: right; white-space: nowrap; }
table.kv th { width: 9em; background: #f6f8fa; font-weight: 500; }
tr.group td { background: #f6f8fa; font-weight: 600; }
tr.negative td { color: #a40e26; }
tr.inactive td { color: #6e7781; }
.note { color: #57606a; }
ul { margin: 4px 0 8px; padding-left: 1.5em; }
figure { margin: 8px 0 16px; }
figcaption { color: #57606a; font-size: 12px; }
footer { margin-top: 32px; border-top: 1px solid #d0d7de; padding-top: 8px; color: #57606a; font-size: 12px; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
`;

function keyValueTable(rows: LabelledValue[]): string {
  return `<table class="kv"><tbody>${rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${cellHtml(value)}</td></tr>`).join('')}</tbody></table>`;
}

function dataTable(table: ReportTable): string {
  const head = table.columns
    .map((column) => `<th style="width:${Math.round(column.width * 100)}%">${escapeHtml(column.header)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr class="${row.tone}">${row.cells.map((cell, index) => `<td${table.columns[index]!.align === 'right' ? ' class="right"' : ''}>${cellHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Horizontal bars of the dimension scores as inline SVG (no script, no external asset). */
function dimensionChart(report: CreditReport): string {
  const bars = dimensionChartBars(report);
  const labelWidth = 190;
  const barWidth = 380;
  const rowHeight = 30;
  const top = 22;
  const width = labelWidth + barWidth + 60;
  const height = top + rowHeight * bars.length + 8;
  const grid = [0, 0.2, 0.4, 0.6, 0.8, 1]
    .map((fraction) => {
      const x = labelWidth + fraction * barWidth;
      return `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${height - 6}" stroke="#d0d7de" stroke-width="1"/><text x="${x}" y="${top - 8}" font-size="10" text-anchor="middle" fill="#57606a">${formatNumber(fraction * 100)}</text>`;
    })
    .join('');
  const rows = bars
    .map((bar, index) => {
      const y = top + index * rowHeight;
      return (
        `<text x="${labelWidth - 8}" y="${y + 13}" font-size="12" text-anchor="end" fill="#1f2328">${escapeHtml(bar.label)}</text>` +
        `<text x="${labelWidth - 8}" y="${y + 25}" font-size="10" text-anchor="end" fill="#57606a">${escapeHtml(bar.weight)}</text>` +
        `<rect x="${labelWidth}" y="${y + 6}" width="${barWidth}" height="14" fill="#eaeef2"/>` +
        `<rect x="${labelWidth}" y="${y + 6}" width="${(bar.fraction * barWidth).toFixed(1)}" height="14" fill="${bar.color}"/>` +
        `<text x="${labelWidth + barWidth + 8}" y="${y + 17}" font-size="12" fill="#1f2328">${escapeHtml(bar.score)}</text>`
      );
    })
    .join('');
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(CHART_TITLE)}">${grid}${rows}</svg><figcaption>${escapeHtml(CHART_TITLE)}（满分 100；颜色按等级分数线：绿 A、蓝 B、黄 C、红 D）</figcaption></figure>`;
}

/**
 * The report as one self-contained, printable HTML page: inline CSS and an inline SVG chart, no script and no
 * external asset, so it can be saved, mailed or printed (A4) as it is.
 */
export function renderReportHtml(report: CreditReport): string {
  const { evaluation } = report;
  const badge = `<span class="badge" style="background:${gradeColor(report, evaluation.grade)}">${escapeHtml(evaluation.grade)}</span>`;
  const categories = report.categories
    .map(
      (category, index) =>
        `<h3>${escapeHtml(categoryTitle(index, category.category, category.records.length))}</h3>${dataTable(recordTable(category.records))}`,
    )
    .join('');
  const inactive =
    report.inactiveRecords.length > 0
      ? `<h3>${escapeHtml(INACTIVE_TITLE)}（${report.inactiveRecords.length} 条）</h3><p class="note">${escapeHtml(INACTIVE_NOTE)}</p>${dataTable(recordTable(report.inactiveRecords, { isInactiveSection: true }))}`
      : '';
  const description = descriptionBlocks(report)
    .map(
      (block) =>
        `<h3>${escapeHtml(block.heading)}</h3><ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('');
  const verifyLine = `核验地址：<code>${escapeHtml(report.verification.path)}</code>`;

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${report.title} — ${report.enterprise.name} — ${report.number}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<section class="cover">
<h1>${escapeHtml(report.title)}</h1>
<p class="subtitle">${escapeHtml(report.subtitle)}（${escapeHtml(report.audienceLabel)}）</p>
${keyValueTable(coverRows(report))}
<div class="grade">${badge}<div class="label">信用等级 ${escapeHtml(evaluation.grade)} 级（${escapeHtml(evaluation.gradeLabel)}）<br>综合得分 ${escapeHtml(formatNumber(evaluation.score))} 分</div></div>
<p class="note">${verifyLine}</p>
</section>
<section><h2>${SECTION_TITLES.enterprise}</h2>${keyValueTable(enterpriseRows(report))}</section>
<section><h2>${SECTION_TITLES.evaluation}</h2>${keyValueTable(evaluationRows(report))}${dimensionChart(report)}</section>
<section><h2>${SECTION_TITLES.indicators}</h2><p class="note">维度得分 = 基础分 + 各指标得分，限定在 0–100；对总分贡献 = 得分 × 权重。</p>${dataTable(indicatorTable(report))}</section>
<section><h2>${SECTION_TITLES.records}</h2>${categories || '<p>评价基准日没有可展示的信用信息。</p>'}${inactive}</section>
<section><h2>${SECTION_TITLES.description}</h2><p>${escapeHtml(report.description.summary)}</p><p>${escapeHtml(report.description.dimensions)}</p>${description}</section>
<section><h2>${SECTION_TITLES.notes}</h2><h3>异议</h3><p>${escapeHtml(report.notes.objection)}</p><h3>信用修复</h3><p>${escapeHtml(report.notes.repair)}</p></section>
<section><h2>${SECTION_TITLES.about}</h2><p>${escapeHtml(report.notes.use)}</p><p>${escapeHtml(report.notes.verification)}</p><p>${verifyLine}</p></section>
<footer>${escapeHtml(report.issuer.platform)} · 报告编号 ${escapeHtml(report.number)} · 验证码 ${escapeHtml(report.verification.code)} · 签发日期 ${escapeHtml(report.issuedOn)}</footer>
</body>
</html>
`;
}
