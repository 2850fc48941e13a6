import type { ReportTable } from '../report/report-tables.ts';
import type { TaskBulletin } from './build-task-bulletin.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const cellHtml = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
body { margin: 0 auto; max-width: 190mm; padding: 16px; color: #1f2328; font: 13px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 24px; letter-spacing: 4px; text-align: center; margin: 16px 0 4px; }
.subtitle { text-align: center; color: #57606a; margin: 0 0 20px; }
h2 { font-size: 16px; border-left: 4px solid #1f6feb; padding-left: 8px; margin: 24px 0 8px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left; word-break: break-all; }
thead th { background: #eaeef2; font-weight: 600; }
tr { break-inside: avoid; }
td.right { text-align: right; white-space: nowrap; }
tr.negative td { color: #a40e26; }
.note { color: #57606a; }
footer { margin-top: 28px; border-top: 1px solid #d0d7de; padding-top: 8px; color: #57606a; font-size: 12px; }
`;

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

/** The bulletin as one printable HTML page (no script, no external asset). */
export function renderTaskBulletinHtml(bulletin: TaskBulletin): string {
  const offices = bulletin.offices.map((office) => `<div>${escapeHtml(office.office)}</div>`).join('');
  const units = bulletin.units
    .map(
      (unit) =>
        `<h3>${escapeHtml(unit.heading)}</h3>${unit.table ? dataTable(unit.table) : '<p class="note">暂无已完成、临期或逾期的任务。</p>'}`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${bulletin.title}（截至 ${bulletin.asOf}）`)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(bulletin.title)}</h1>
<p class="subtitle">截至 ${escapeHtml(bulletin.asOf)}</p>
<h2>一、总体情况</h2>
${bulletin.summary.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}
${dataTable(bulletin.phaseTable)}
<h2>二、各牵头单位任务推进情况</h2>
${units}
<h2>三、说明</h2>
${bulletin.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('')}
<footer>${offices}<div>依据：${escapeHtml(bulletin.offices.map((office) => office.officeReference).join('；'))}</div></footer>
</body></html>
`;
}
