import { addDays, addYears, laterOf, randomDate, yearOf } from './demo-dates.ts';
import type { DemoEnterprise } from './demo-enterprises.ts';
import {
  completedYears,
  dateInWindow,
  DocumentCounter,
  identityOf,
  riskFactor,
  strengthFactor,
  validUntil,
  type DemoContext,
  type DemoRow,
} from './demo-record-context.ts';
import {
  HONOR_TEMPLATES,
  NICE_CLASSES_BY_SECTION,
  PATENT_TITLE_PATTERNS,
  QUALIFICATION_TEMPLATES,
  SOFTWARE_PATENT_TITLE_PATTERNS,
  TECHNICAL_SUBJECTS,
} from './demo-vocabulary.ts';

const isHighTech = (enterprise: DemoEnterprise) => enterprise.tiers.includes('high_tech');

/** 荣誉表彰: strong firms with a clean record are the ones honoured. */
export function generateHonors(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const departments = Object.keys(HONOR_TEMPLATES);
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance((profile.records.honorFirmRate * strengthFactor(enterprise)) / riskFactor(enterprise))) continue;
    const departmentCode = random.pick(departments);
    const template = random.pick(HONOR_TEMPLATES[departmentCode]!);
    const awardedOn = dateInWindow(context, enterprise, { from: addYears(enterprise.registeredOn, 1) });
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        honor_name: template.name,
        honor_level: template.level,
        honor_type: template.type,
        awarding_body: template.body,
        awarded_on: awardedOn,
        valid_to: template.years > 0 ? validUntil(awardedOn, template.years) : null,
      },
    });
  }
  return rows;
}

/** 专业资质 (安全生产标准化, 测绘资质, 企业技术中心 …) with their certificate numbers and validity. */
export function generateQualifications(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const counter = new DocumentCounter(random);
  const departments = Object.keys(QUALIFICATION_TEMPLATES);
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.qualificationFirmRate * strengthFactor(enterprise))) continue;
    const departmentCode = random.pick(departments);
    const template = random.pick(QUALIFICATION_TEMPLATES[departmentCode]!);
    const issuedOn = dateInWindow(context, enterprise);
    const year = yearOf(issuedOn);
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        qualification_name: template.name,
        qualification_grade: random.pick(template.grades),
        certificate_number: `${template.prefix}${year}${String(counter.take(departmentCode, year)).padStart(4, '0')}`,
        issuer: template.issuer,
        issued_on: issuedOn,
        valid_to: validUntil(issuedOn, template.years),
      },
    });
  }
  return rows;
}

const PATENT_TYPE_DIGIT: Record<string, string> = { 发明: '1', 实用新型: '2', 外观设计: '3' };

/** A Chinese patent number: ZL + application year + type digit + 7-digit serial + '.' + check (mod 11 over 12 digits). */
function patentNumber(year: number, type: string, serial: number): string {
  const digits = `${year}${PATENT_TYPE_DIGIT[type]}${String(serial).padStart(7, '0')}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(digits[index]) * weights[index]!;
  const check = sum % 11;
  return `ZL${digits}.${check === 10 ? 'X' : check}`;
}

/** 专利 granted in the window: concentrated in 高新技术企业, inventions mostly there too. */
export function generatePatents(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  const usedSerials = new Set<string>();
  for (const enterprise of context.enterprises) {
    const mean =
      (isHighTech(enterprise) ? profile.records.patentsMeanHighTech : profile.records.patentsMeanOther) *
      (0.4 + 1.2 * enterprise.strength);
    const count = random.poisson(mean);
    const types = isHighTech(enterprise) ? profile.records.patentTypesHighTech : profile.records.patentTypesOther;
    for (let index = 0; index < count; index += 1) {
      const type = random.weighted(types);
      const grantedOn = dateInWindow(context, enterprise, { from: addDays(enterprise.registeredOn, 180) });
      // Inventions take two to three years from application to grant, the others under a year.
      const filedYear = Math.max(
        yearOf(enterprise.registeredOn),
        yearOf(grantedOn) - (type === '发明' ? random.int(1, 3) : random.int(0, 1)),
      );
      let number: string;
      do number = patentNumber(filedYear, type, random.int(1, 9_999_999));
      while (usedSerials.has(number));
      usedSerials.add(number);
      const subject = random.pick(TECHNICAL_SUBJECTS[enterprise.industryCode] ?? ['检测装置']);
      const patterns = /(软件|系统|平台|中台)$/.test(subject) ? SOFTWARE_PATENT_TITLE_PATTERNS : PATENT_TITLE_PATTERNS;
      const pattern = random.pick(patterns[type as keyof typeof patterns]);
      rows.push({
        departmentCode: 'scjg',
        values: {
          ...identityOf(enterprise),
          patent_number: number,
          patent_name: pattern.replace('{subject}', subject),
          patent_type: type,
          granted_on: grantedOn,
          legal_status: random.weighted(profile.records.patentStatus),
        },
      });
    }
  }
  return rows;
}

/** 商标: the firm's brand registered in the classes of its trade, valid for the statutory term. */
export function generateTrademarks(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  const usedNumbers = new Set<number>();
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.trademarkFirmRate)) continue;
    const classes = NICE_CLASSES_BY_SECTION[enterprise.industryCode[0]!] ?? [42];
    const count = random.int(1, Math.min(3, classes.length));
    const registeredOn = dateInWindow(context, enterprise);
    for (let index = 0; index < count; index += 1) {
      let number: number;
      do number = random.int(20_000_000, 79_999_999);
      while (usedNumbers.has(number));
      usedNumbers.add(number);
      rows.push({
        departmentCode: 'scjg',
        values: {
          ...identityOf(enterprise),
          registration_number: String(number),
          trademark_name:
            index === 0 ? enterprise.brand : `${enterprise.brand}${random.pick(['科技', '智造', '云', '优选'])}`,
          nice_class: classes[index]!,
          registered_on: registeredOn,
          valid_to: validUntil(registeredOn, profile.terms.trademarkYears),
        },
      });
    }
  }
  return rows;
}

const HIGH_TECH_ISSUER = '湖北省科学技术厅、湖北省财政厅、国家税务总局湖北省税务局';

/**
 * 高新技术企业认定: every 高新技术企业 holds a certificate valid on the as-of date, with its earlier certificate when
 * that falls in the window; some firms that are no longer 高新 let a certificate lapse. Certificates are announced
 * late in the year.
 */
export function generateHighTechCertificates(context: DemoContext): DemoRow[] {
  const { random, profile, asOf } = context;
  const term = profile.terms.highTechCertificateYears;
  const counter = new DocumentCounter(random);
  const rows: DemoRow[] = [];
  const add = (enterprise: DemoEnterprise, certifiedOn: string) => {
    const year = yearOf(certifiedOn);
    rows.push({
      departmentCode: random.chance(0.85) ? 'kjj' : 'fgjx',
      values: {
        ...identityOf(enterprise),
        certificate_number: `GR${year}42${String(counter.take('GR', year)).padStart(6, '0')}`,
        certified_on: certifiedOn,
        valid_to: validUntil(certifiedOn, term),
        issuer: HIGH_TECH_ISSUER,
      },
    });
  };
  for (const enterprise of context.enterprises) {
    if (isHighTech(enterprise)) {
      let certifiedOn = randomDate(random, laterOf(addDays(addYears(asOf, -term), 1), enterprise.registeredOn), asOf);
      add(enterprise, certifiedOn);
      for (;;) {
        certifiedOn = addYears(certifiedOn, -term);
        if (certifiedOn < context.windowStart || certifiedOn < addYears(enterprise.registeredOn, 1)) break;
        add(enterprise, certifiedOn);
      }
    } else if (
      enterprise.strength > 0.55 &&
      enterprise.registeredOn < addYears(context.windowStart, -1) &&
      random.chance(0.15)
    ) {
      add(enterprise, dateInWindow(context, enterprise, { to: addYears(asOf, -term) }));
    }
  }
  return rows;
}

const PROJECT_NUMBER_PREFIX: Record<string, string> = { 国家级: 'GJ', 省级: 'HB', 市级: 'EZ', 区级: 'HR' };
const PROJECT_FUNDING: Record<string, [number, number]> = {
  国家级: [100, 800],
  省级: [20, 200],
  市级: [5, 50],
  区级: [2, 20],
};

/** 科技项目承担, with the project's state: in progress, finished, failed acceptance or stopped. */
export function generateSciTechProjects(context: DemoContext): DemoRow[] {
  const { random, profile, asOf } = context;
  const counter = new DocumentCounter(random);
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.sciTechProjectFirmRate * strengthFactor(enterprise))) continue;
    const count = random.chance(0.25) ? 2 : 1;
    for (let index = 0; index < count; index += 1) {
      const level = random.weighted(profile.records.projectLevels);
      const approvedOn = dateInWindow(context, enterprise, { from: addYears(enterprise.registeredOn, 1) });
      const year = yearOf(approvedOn);
      const endsBy = addDays(approvedOn, random.int(365, 1000));
      let status = endsBy > asOf ? '在研' : random.weighted({ 结题: 88, 验收不通过: 5, 终止: 4, 在研: 3 });
      if (status === '验收不通过' && random.chance(1 - riskFactor(enterprise) / 3)) status = '结题';
      rows.push({
        departmentCode: random.chance(0.8) ? 'kjj' : 'fgjx',
        values: {
          ...identityOf(enterprise),
          project_number: `${PROJECT_NUMBER_PREFIX[level]}${year}KJ${String(counter.take(level, year)).padStart(4, '0')}`,
          project_name: `${random.pick(TECHNICAL_SUBJECTS[enterprise.industryCode] ?? ['关键技术'])}关键技术研发及产业化`,
          project_level: level,
          approved_on: approvedOn,
          funding: random.amount(...PROJECT_FUNDING[level]!, 1),
          project_status: status,
          closed_on: status === '在研' ? null : endsBy,
        },
      });
    }
  }
  return rows;
}

/** 研发投入 each year for the tech firms: revenue grows, R&D intensity follows the firm's innovation trait. */
export function generateRndInvestments(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (enterprise.tiers.length === 0) continue;
    // One department reports a firm's figures: the tax office (加计扣除 filings) or the science bureau (评价入库).
    const departmentCode = random.chance(0.5) ? 'tax' : 'kjj';
    let revenue = random.amount(200, 5000, 1) * (0.5 + enterprise.strength);
    for (const year of completedYears(context)) {
      revenue = Math.round(revenue * (0.92 + random.next() * 0.3) * 10) / 10;
      if (enterprise.registeredOn > `${year}-06-30` || !random.chance(profile.records.rndCoverage)) continue;
      const reportedOn = randomDate(random, `${year + 1}-05-01`, `${year + 1}-06-30`);
      if (reportedOn > context.asOf) continue;
      const intensity = 0.02 + enterprise.strength * 0.12 + random.next() * 0.02;
      rows.push({
        departmentCode,
        values: {
          ...identityOf(enterprise),
          year,
          rnd_expense: Math.round(revenue * intensity * 10) / 10,
          revenue,
          reported_on: reportedOn,
        },
      });
    }
  }
  return rows;
}
