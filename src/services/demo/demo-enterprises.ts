import { loadCatalog } from '../../catalog/catalog.ts';
import { makeOrganizationCode, makeUscc, USCC_ALPHABET } from '../../domain/uscc.ts';
import { addYears, randomDate, yearOf } from './demo-dates.ts';
import type { DemoProfile } from './demo-profile.ts';
import {
  BRAND_FIRST,
  BRAND_SECOND,
  GIVEN_NAME_CHARACTERS,
  INDUSTRY_WEIGHTS,
  LEGAL_FORMS,
  NAME_BUSINESS_WORDS,
  NAME_PLACES,
  SURNAMES,
} from './demo-vocabulary.ts';
import type { SeededRandom } from './seeded-random.ts';

/** One enterprise of the demo district, with the hidden traits that make its records hang together. */
export interface DemoEnterprise {
  uscc: string;
  name: string;
  /** The two-character brand (字号) inside the name, reused for trademarks. */
  brand: string;
  legalRepresentative: string;
  /** 18-digit resident identity number of the legal representative (personal data: stored protected). */
  legalRepresentativeId: string;
  industryCode: string;
  registeredOn: string;
  status: string;
  tiers: string[];
  incubatorCode: string | null;
  /** Innovation capacity in [0, 1): drives tiers, patents, projects, honours. */
  strength: number;
  /** Propensity for negative records in [0, 1), mostly low: drives penalties, arrears, lists. */
  risk: number;
  /** A code failing the mod-31 check, registered after an operator accepted it (an early pilot code). */
  isLegacyCode: boolean;
}

// The district's administrative division (GB/T 2260): 鄂州市华容区.
export const DEMO_REGION = '420703';
// Registered by market supervision (9) as an enterprise (1): GB 32100-2015 附录A, catalog/uscc-authorities.yaml.
const ENTERPRISE_PREFIX = '91';
// Registrations from this day carry an organisation code assigned with the USCC (MA…) instead of an older one.
const USCC_REFORM_DATE = '2015-10-01';
// Divisions where a themed incubator of catalog/incubators.yaml fits the firm.
const THEMED_INCUBATORS: Record<string, string[]> = {
  C27: ['INC06'],
  M73: ['INC06', 'INC02'],
  C26: ['INC08'],
  C29: ['INC08'],
  C30: ['INC08'],
  C39: ['INC13', 'INC09'],
  I63: ['INC13'],
  C34: ['INC07', 'INC14'],
  C35: ['INC07', 'INC14'],
  C36: ['INC14'],
  I64: ['INC12'],
  I65: ['INC12', 'INC11'],
};
// Birthplaces of legal representatives: the district, the rest of 鄂州 and nearby 武汉, 黄冈, 黄石.
const BIRTH_REGIONS = ['420703', '420703', '420702', '420704', '420700', '420106', '420111', '421102', '420202'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * The demo district's enterprises, deterministic for a seed and an as-of date. Tiers follow the innovation trait so
 * the ladder is realistic (most 科技型中小企业, fewer 高新技术企业, few 专精特新/小巨人/瞪羚), and each higher rung of the
 * 工信部 ladder implies the one below it (小巨人 ⇒ 专精特新 ⇒ 创新型中小企业).
 */
export function generateDemoEnterprises(
  random: SeededRandom,
  count: number,
  asOf: string,
  profile: DemoProfile,
): DemoEnterprise[] {
  const catalog = loadCatalog();
  const usedCodes = new Set<string>();
  const usedNames = new Set<string>();
  const firstYear = profile.enterprises.registeredFromYear;
  const lastYear = yearOf(asOf);
  const yearWeights: Record<string, number> = {};
  for (let year = firstYear; year <= lastYear; year += 1) {
    yearWeights[String(year)] =
      1 + (profile.enterprises.recentTilt * (year - firstYear)) / Math.max(1, lastYear - firstYear);
  }

  const enterprises: DemoEnterprise[] = [];
  for (let index = 0; index < count; index += 1) {
    const year = Number(random.weighted(yearWeights));
    const registeredOn = randomDate(random, `${year}-01-01`, year === lastYear ? asOf : `${year}-12-31`);
    const industryCode = random.weighted(INDUSTRY_WEIGHTS);
    const { name, brand } = makeName(random, industryCode, usedNames);
    const strength = (random.next() + random.next() + random.next()) / 3;
    const risk = random.next() ** 2.2;
    enterprises.push({
      uscc: makeEnterpriseUscc(random, registeredOn, usedCodes),
      name,
      brand,
      legalRepresentative: makePersonName(random),
      legalRepresentativeId: makeIdentityNumber(random, asOf),
      industryCode,
      registeredOn,
      status: random.weighted(profile.enterprises.status),
      tiers: [],
      incubatorCode: null,
      strength,
      risk,
      isLegacyCode: false,
    });
  }

  assignTiers(random, enterprises, asOf, profile);
  for (const enterprise of enterprises)
    enterprise.incubatorCode = pickIncubator(
      random,
      enterprise,
      asOf,
      profile,
      catalog.incubators.map((item) => item.code),
    );
  markLegacyCodes(enterprises, profile.enterprises.legacyCodes);
  return enterprises;
}

function makeEnterpriseUscc(random: SeededRandom, registeredOn: string, used: Set<string>): string {
  for (;;) {
    let body: string;
    if (registeredOn >= USCC_REFORM_DATE) {
      body = 'MA4';
      for (let position = 0; position < 5; position += 1)
        body += USCC_ALPHABET[random.int(0, USCC_ALPHABET.length - 1)];
    } else {
      body = String(random.pick([3, 5, 6, 7]));
      for (let position = 0; position < 7; position += 1) body += String(random.int(0, 9));
    }
    const code = makeUscc(`${ENTERPRISE_PREFIX}${DEMO_REGION}${makeOrganizationCode(body)}`);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function makeName(random: SeededRandom, industryCode: string, used: Set<string>): { name: string; brand: string } {
  for (;;) {
    const brand = random.pick(BRAND_FIRST) + random.pick(BRAND_SECOND);
    if (brand[0] === brand[1]) continue;
    const business = random.pick(NAME_BUSINESS_WORDS[industryCode] ?? ['科技']);
    let form: string = random.weighted(LEGAL_FORMS);
    // 生物科技科技有限公司 or 信息技术技术有限公司 would repeat themselves.
    if (/(科技|技术|研究院|设计)$/.test(business) && /^(科技|技术)/.test(form)) form = form.slice(2);
    const name = `${random.weighted(NAME_PLACES)}${brand}${business}${form}`;
    if (!used.has(name)) {
      used.add(name);
      return { name, brand };
    }
  }
}

export function makePersonName(random: SeededRandom): string {
  const surname = random.weighted(SURNAMES);
  const given = random.chance(0.75)
    ? random.pick(GIVEN_NAME_CHARACTERS) + random.pick(GIVEN_NAME_CHARACTERS)
    : random.pick(GIVEN_NAME_CHARACTERS);
  return surname + given;
}

/** A well-formed resident identity number (GB 11643-1999): region, birth date, sequence, ISO 7064 check. */
function makeIdentityNumber(random: SeededRandom, asOf: string): string {
  const birth = randomDate(random, addYears(asOf, -62), addYears(asOf, -26)).replaceAll('-', '');
  const body = `${random.pick(BIRTH_REGIONS)}${birth}${String(random.int(1, 999)).padStart(3, '0')}`;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(body[index]) * ID_WEIGHTS[index]!;
  return body + ID_CHECK[sum % 11];
}

function assignTiers(random: SeededRandom, enterprises: DemoEnterprise[], asOf: string, profile: DemoProfile): void {
  const shares = profile.tiers;
  for (const [tier, share] of Object.entries(shares)) {
    if (share <= 0) continue;
    // 雏鹰 are young firms: at most five years old on the as-of date.
    const youngSince = addYears(asOf, -5);
    const candidates = enterprises.filter((enterprise) => tier !== 'eaglet' || enterprise.registeredOn >= youngSince);
    const ranked = candidates
      .map((enterprise) => ({ enterprise, score: enterprise.strength + (random.next() - 0.5) * 0.25 }))
      .sort((a, b) => b.score - a.score);
    const take = Math.round(share * enterprises.length);
    for (const { enterprise } of ranked.slice(0, take)) enterprise.tiers.push(tier);
  }
  const implies: Array<[string, string]> = [
    ['little_giant', 'specialized_sme'],
    ['specialized_sme', 'innovative_sme'],
    ['gazelle', 'high_tech'],
  ];
  const order = Object.keys(shares);
  for (const enterprise of enterprises) {
    for (const [higher, lower] of implies) {
      if (enterprise.tiers.includes(higher) && !enterprise.tiers.includes(lower)) enterprise.tiers.push(lower);
    }
    enterprise.tiers.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
}

function pickIncubator(
  random: SeededRandom,
  enterprise: DemoEnterprise,
  asOf: string,
  profile: DemoProfile,
  codes: string[],
): string | null {
  // Incubators host young firms: most incubated firms are under six years old.
  const isYoung = enterprise.registeredOn >= addYears(asOf, -6);
  const share = profile.enterprises.incubatorShare;
  if (!random.chance(isYoung ? Math.min(0.9, share * 1.8) : share * 0.45)) return null;
  const themed = THEMED_INCUBATORS[enterprise.industryCode];
  return themed && random.chance(0.6) ? random.pick(themed) : random.pick(codes);
}

/**
 * Early pilot codes that fail the mod-31 check (DOMAIN.md §2): the oldest registrations get a wrong check
 * character, as the pilot's codes had, and are registered only after an operator accepts them.
 */
function markLegacyCodes(enterprises: DemoEnterprise[], count: number): void {
  const oldest = [...enterprises]
    .sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0))
    .slice(0, count);
  for (const enterprise of oldest) {
    const check = USCC_ALPHABET.indexOf(enterprise.uscc[17]!);
    enterprise.uscc = enterprise.uscc.slice(0, 17) + USCC_ALPHABET[(check + 7) % USCC_ALPHABET.length];
    enterprise.isLegacyCode = true;
  }
}
