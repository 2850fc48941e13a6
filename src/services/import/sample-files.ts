import fs from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { makeUscc } from '../../domain/uscc.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

/**
 * Department files in the national 双公示 formats (DOMAIN.md §5), written the way departments' tools write them:
 * for tests, the import benchmark and sample files users can try. Rows are objects keyed by Chinese header.
 */
export type SampleRow = Record<string, string | number | Date | null | undefined>;

export const PENALTY_HEADERS = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额(万元)',
  '没收违法所得、没收非法财物的金额(万元)',
  '暂扣或吊销证照名称及编号',
  '处罚决定日期',
  '处罚有效期',
  '公示截止期',
  '处罚机关',
  '处罚机关统一社会信用代码',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
];

export const LICENSE_HEADERS = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可证书名称',
  '许可编号',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
  '许可机关统一社会信用代码',
  '当前状态',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
];

/** 华容区市场监督管理局's code in these samples (a valid code built for the purpose, not the real one). */
export const SAMPLE_AUTHORITY_USCC = makeUscc('11420703MB0000001');
const AUTHORITY_NAME = '华容区市场监督管理局';

/** A valid enterprise code in 华容区 (420703), distinct for each n < 31^5. */
export function sampleEnterpriseUscc(n: number): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let value = n, digit = 0; digit < 5; digit += 1, value = Math.floor(value / 31))
    body = alphabet[value % 31] + body;
  return makeUscc(`91420703MA4F${body}`);
}

const CATEGORIES = ['罚款', '警告', '警告、罚款', '没收违法所得、罚款', '责令停产停业', '通报批评'];
const VIOLATIONS = ['虚假宣传', '未按规定公示年度报告', '销售不合格产品', '无照经营', '违反安全生产规定', '超标排放'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The n-th penalty decision of a deterministic sample; `overrides` replace cells by header. */
export function samplePenaltyRow(n: number, overrides: SampleRow = {}): SampleRow {
  const category = CATEGORIES[n % CATEGORIES.length];
  const month = (n % 12) + 1;
  const day = (n % 28) + 1;
  return {
    行政相对人名称: `鄂州华容样例${n}科技有限公司`,
    行政相对人类别: '法人及非法人组织',
    '行政相对人代码_1(统一社会信用代码)': sampleEnterpriseUscc(n),
    '行政相对人代码_2(工商注册号)': null,
    '行政相对人代码_3(组织机构代码)': null,
    '行政相对人代码_4(税务登记号)': null,
    '行政相对人代码_5(事业单位证书号)': null,
    '行政相对人代码_6(社会组织登记证号)': null,
    法定代表人: `法人${n}`,
    法定代表人证件类型: '身份证',
    法定代表人证件号码: `420703${1960 + (n % 40)}${pad(month, 2)}${pad(day, 2)}${pad(n % 10000, 4)}`,
    证件类型: null,
    证件号码: null,
    行政处罚决定书文号: `鄂华市监处罚〔${2020 + (n % 5)}〕${n + 1}号`,
    违法行为类型: VIOLATIONS[n % VIOLATIONS.length],
    违法事实: `当事人于${2020 + (n % 5)}年${month}月实施了${VIOLATIONS[n % VIOLATIONS.length]}行为`,
    处罚依据: '《中华人民共和国行政处罚法》第九条',
    处罚类别: category,
    处罚内容: `${category}，详见决定书`,
    '罚款金额(万元)': category.includes('罚款') ? ((n % 50) + 1) / 10 : null,
    '没收违法所得、没收非法财物的金额(万元)': category.includes('没收') ? 0.5 : null,
    暂扣或吊销证照名称及编号: null,
    处罚决定日期: `${2020 + (n % 5)}/${month}/${day}`,
    处罚有效期: null,
    公示截止期: `${2021 + (n % 5)}-${pad(month, 2)}-${pad(day, 2)}`,
    处罚机关: AUTHORITY_NAME,
    处罚机关统一社会信用代码: SAMPLE_AUTHORITY_USCC,
    数据来源单位: AUTHORITY_NAME,
    数据来源单位统一社会信用代码: SAMPLE_AUTHORITY_USCC,
    备注: null,
    ...overrides,
  };
}

/** The n-th license decision; odd ones are long-term (有效期至 2099/12/31). */
export function sampleLicenseRow(n: number, overrides: SampleRow = {}): SampleRow {
  return {
    行政相对人名称: `鄂州华容样例${n}科技有限公司`,
    行政相对人类别: '法人及非法人组织',
    '行政相对人代码_1(统一社会信用代码)': sampleEnterpriseUscc(n),
    '行政相对人代码_2(工商注册号)': null,
    '行政相对人代码_3(组织机构代码)': null,
    '行政相对人代码_4(税务登记号)': null,
    '行政相对人代码_5(事业单位证书号)': null,
    '行政相对人代码_6(社会组织登记证号)': null,
    法定代表人: `法人${n}`,
    法定代表人证件类型: '身份证',
    法定代表人证件号码: `42070319800101${pad(n % 10000, 4)}`,
    证件类型: null,
    证件号码: null,
    行政许可决定文书名称: '食品经营许可决定书',
    行政许可决定文书号: `鄂华市监许〔2023〕${n + 1}号`,
    许可类别: '普通',
    许可证书名称: '食品经营许可证',
    许可编号: `JY242070300${pad(n, 5)}`,
    许可内容: '预包装食品销售',
    许可决定日期: '2023/3/1',
    有效期自: '2023/3/1',
    有效期至: n % 2 === 1 ? '2099/12/31' : '2028/2/28',
    许可机关: AUTHORITY_NAME,
    许可机关统一社会信用代码: SAMPLE_AUTHORITY_USCC,
    当前状态: '有效',
    数据来源单位: AUTHORITY_NAME,
    数据来源单位统一社会信用代码: SAMPLE_AUTHORITY_USCC,
    备注: null,
    ...overrides,
  };
}

function csvCell(value: SampleRow[string]): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? calendarDateOf(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(headers: readonly string[], row: SampleRow): string {
  return `${headers.map((header) => csvCell(row[header] ?? null)).join(',')}\r\n`;
}

/** Writes a CSV as Excel saves it: UTF-8 (optionally with BOM) or GBK, CRLF line ends. */
export function writeSampleCsv(
  file: string,
  headers: readonly string[],
  rows: readonly SampleRow[],
  options: { encoding?: 'utf8' | 'gbk'; bom?: boolean } = {},
): void {
  const text =
    csvLine(headers, Object.fromEntries(headers.map((header) => [header, header]))) +
    rows.map((row) => csvLine(headers, row)).join('');
  if (options.encoding === 'gbk') fs.writeFileSync(file, iconv.encode(text, 'gbk'));
  else fs.writeFileSync(file, (options.bom ? '\uFEFF' : '') + text, 'utf8');
}

/** Writes a real .xlsx with exceljs: header in row 1, Date cells formatted as dates. */
export async function writeSampleXlsx(
  file: string,
  headers: readonly string[],
  rows: readonly SampleRow[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([...headers]);
  for (const row of rows) {
    const added = sheet.addRow(headers.map((header) => row[header] ?? null));
    headers.forEach((header, index) => {
      if (row[header] instanceof Date) added.getCell(index + 1).numFmt = 'yyyy/m/d';
    });
  }
  await workbook.xlsx.writeFile(file);
}
