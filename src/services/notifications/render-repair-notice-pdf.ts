import { openChinesePdf } from '../report/open-chinese-pdf.ts';
import type { RepairNotice } from './repair-notice.ts';
import { startOfDistrictDay } from '../../domain/district-date.ts';

// A4 in PDF points, the margins of the credit report.
const MARGINS = { top: 72, bottom: 62, left: 64, right: 64 };
const TEXT = '#1f2328';
const MUTED = '#57606a';

/** The paragraphs of the notice: what was decided, from when and how the enterprise can apply, and what repair does. */
export function repairNoticeParagraphs(notice: RepairNotice): string[] {
  const decision = `${notice.department}于 ${notice.decidedOn} 对贵单位作出的${notice.kindLabel}${notice.decisionNumber ? `（文书号：${notice.decisionNumber}）` : ''}已归集至${notice.platform}，依法公示${notice.publicUntil ? `至 ${notice.publicUntil}` : ''}。`;
  return [
    decision,
    `根据${notice.basis}，贵单位自 ${notice.repairableFrom} 起，在纠正失信行为、履行相关义务后，可以申请信用修复。`,
    `申请方式：登录${notice.platform}，在“信用修复”中选择该条信息，提交已纠正失信行为、履行义务的证明材料（PDF、JPG 或 PNG），并作出修复型信用承诺。平台自受理之日起 ${notice.reviewWorkingDays} 个工作日内作出决定并告知结果。`,
    '准予修复后，该信息停止公示、共享和使用，不再作为信用评价的依据，平台重新评价贵单位的信用等级（001 §二（四））。',
    '本提示函与处罚决定一并送达（“两书同达”，003 §一（五））。',
  ];
}

/**
 * The 信用修复提示函 as a one-page A4 PDF, with the report's embedded Chinese fonts (report-fonts.ts), rendered from
 * the stored notice: the same notice gives the same text whenever it is downloaded.
 */
export function renderRepairNoticePdf(notice: RepairNotice): Promise<Buffer> {
  const issuedAt = startOfDistrictDay(notice.issuedOn);
  const { doc, finished } = openChinesePdf({
    margins: MARGINS,
    info: {
      Title: `信用修复提示函 ${notice.number}`,
      Author: notice.department,
      Subject: notice.enterpriseName,
      Keywords: `${notice.number} ${notice.uscc}`,
      Creator: notice.platform,
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc
    .fillColor(TEXT)
    .font('bold')
    .fontSize(22)
    .text('信用修复提示函', MARGINS.left, MARGINS.top, { width, align: 'center', characterSpacing: 4 });
  doc.moveDown(0.4);
  doc.fillColor(MUTED).font('regular').fontSize(10).text(`编号：${notice.number}`, { width, align: 'center' });
  doc.moveDown(1.5);
  doc
    .fillColor(TEXT)
    .font('bold')
    .fontSize(12)
    .text(`${notice.enterpriseName}（统一社会信用代码：${notice.uscc}）：`, MARGINS.left, doc.y, { width });
  doc.moveDown(0.6);
  for (const text of repairNoticeParagraphs(notice)) {
    doc
      .font('regular')
      .fontSize(11)
      .text(text, MARGINS.left, doc.y, { width, lineGap: 4, paragraphGap: 8, indent: 22 });
  }
  doc.moveDown(2);
  doc.font('regular').fontSize(11).text(notice.department, MARGINS.left, doc.y, { width, align: 'right' });
  doc.text(
    `${notice.issuedOn.slice(0, 4)} 年 ${Number(notice.issuedOn.slice(5, 7))} 月 ${Number(notice.issuedOn.slice(8, 10))} 日`,
    MARGINS.left,
    doc.y + 4,
    { width, align: 'right' },
  );
  doc
    .fillColor(MUTED)
    .fontSize(8.5)
    .text(
      `${notice.platform} 生成 · 信用记录编号 ${notice.recordId}`,
      MARGINS.left,
      doc.page.height - MARGINS.bottom - 12,
      { width, align: 'center', lineBreak: false },
    );
  doc.end();
  return finished;
}
