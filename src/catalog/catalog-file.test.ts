import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { isAppError } from '../domain/app-error.ts';
import { AccountSecurityFileSchema, loadAccountSecurityFile, loadCommonPasswords } from './account-security.ts';
import { CATALOG_DIR, readCatalogYaml, validateCatalogContent } from './catalog-file.ts';
import { CommitmentListFileSchema, loadCommitmentList } from './commitment-list.ts';
import { loadCreditCheckupFile } from './credit-checkup.ts';
import { loadCreditIndexFile } from './credit-index.ts';
import { loadDepartments } from './departments.ts';
import { loadFinancingProductsFile } from './financing-products.ts';
import { loadHolidaysFile } from './holidays.ts';
import { loadIncubatorEvaluationModel } from './incubator-evaluation.ts';
import { loadIncubators } from './incubators.ts';
import { loadIndustries } from './industries.ts';
import { loadIpPledgeWhitelistFile } from './ip-pledge-whitelist.ts';
import { loadMeasureCatalog, MeasuresFileSchema } from './measures.ts';
import { loadNotificationDeliveryFile } from './notification-delivery.ts';
import { loadPenaltyLevelsFile, readPenaltyLevelsFile } from './penalty-levels.ts';
import { loadPoliciesFile } from './policies.ts';
import { loadProfileTagsFile } from './profile-tags.ts';
import { loadPublicDisclosureFile } from './public-disclosure.ts';
import { loadPublicityRules } from './publicity-rules.ts';
import { loadRecordKinds } from './record-kinds.ts';
import { loadReformTasksFile } from './reform-tasks.ts';
import { loadRequestRoutingFile } from './request-routing.ts';
import { loadSupervisionFile } from './supervision.ts';
import { loadTiers } from './tiers.ts';
import { loadUsccAuthorities } from './uscc-authorities.ts';
import { loadWorkflowDeadlinesFile } from './workflow-deadlines.ts';

/** Every file of catalog/ and the loader that owns it. */
const LOADERS: Record<string, () => unknown> = {
  'account-security.yaml': loadAccountSecurityFile,
  'commitment-list.yaml': loadCommitmentList,
  'common-passwords.txt': loadCommonPasswords,
  'credit-checkup.yaml': loadCreditCheckupFile,
  'credit-index.yaml': loadCreditIndexFile,
  'departments.yaml': loadDepartments,
  'financing-products.yaml': loadFinancingProductsFile,
  'holidays.yaml': loadHolidaysFile,
  'incubator-evaluation.yaml': loadIncubatorEvaluationModel,
  'incubators.yaml': loadIncubators,
  'industries.yaml': loadIndustries,
  'ip-pledge-whitelist.yaml': loadIpPledgeWhitelistFile,
  'measures.yaml': loadMeasureCatalog,
  'notification-delivery.yaml': loadNotificationDeliveryFile,
  'penalty-levels.yaml': loadPenaltyLevelsFile,
  'policies.yaml': loadPoliciesFile,
  'profile-tags.yaml': loadProfileTagsFile,
  'public-disclosure.yaml': loadPublicDisclosureFile,
  'publicity-rules.yaml': loadPublicityRules,
  'record-kinds.yaml': loadRecordKinds,
  'reform-tasks.yaml': loadReformTasksFile,
  'request-routing.yaml': loadRequestRoutingFile,
  'supervision.yaml': loadSupervisionFile,
  'tiers.yaml': loadTiers,
  'uscc-authorities.yaml': loadUsccAuthorities,
  'workflow-deadlines.yaml': loadWorkflowDeadlinesFile,
};

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-catalog-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, text: string): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The message of the error `read` throws, which must be the platform's AppError. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    assert.ok(isAppError(error), `expected an AppError, got ${String(error)}`);
    return error.userMessage;
  }
  assert.fail('the file was accepted');
}

describe('catalog files', () => {
  test('every file in catalog/ has a loader in src/catalog, and each shipped file passes its schema', () => {
    assert.deepEqual(fs.readdirSync(CATALOG_DIR).sort(), Object.keys(LOADERS).sort());
    for (const [file, load] of Object.entries(LOADERS)) assert.doesNotThrow(load, file);
    assert.equal(loadMeasureCatalog().measures[0]!.code, 'green_channel');
    assert.equal(loadWorkflowDeadlinesFile().objection_review_working_days.values[0]!.value, 15);
  });

  test('a loader reads its file once and hands out the same data afterwards', () => {
    assert.equal(loadMeasureCatalog(), loadMeasureCatalog());
    assert.equal(loadUsccAuthorities(), loadUsccAuthorities());
  });

  test('a malformed catalog file is refused with the file, the place inside it and the reason', () => {
    const file = writeScratch(
      'measures.yaml',
      [
        'scenes: [{ code: awards, label: 评优评先, reference: 001 §二（六） }]',
        'measures:',
        '  - { code: m, label: 措施, kind: incentive, grades: A, scenes: [awards], content: 内容, reference: 001 §二（六） }',
      ].join('\n'),
    );
    const message = refusal(() => readCatalogYaml(file, MeasuresFileSchema));
    assert.ok(message.startsWith(`${file} 有误：`), message);
    assert.match(message, /^\S+ 有误：measures\[0\]\.grades：无效输入：期望 数组，实际接收 string$/);
  });

  test('a value a comma split into a stray key is refused instead of being cut short', () => {
    // Unquoted, the comma of the Chinese text ends the value inside a flow mapping and starts a key "乙".
    const file = writeScratch(
      'commitment-list.yaml',
      [
        'eligibility:',
        '  - { measure: 容缺受理, grades: [A], reference: 甲,乙 }',
        'items: []',
        'excluded: []',
        'texts: []',
      ].join('\n'),
    );
    assert.match(
      refusal(() => readCatalogYaml(file, CommitmentListFileSchema)),
      /commitment-list\.yaml 有误：eligibility\[0\]：.*"乙"/,
    );
  });

  test('a file that is not YAML is refused naming the file', () => {
    const file = writeScratch('penalty-levels.yaml', 'rules: [ { id: x\n');
    assert.match(
      refusal(() => readPenaltyLevelsFile(file)),
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 无法读取：`),
    );
  });

  test("no catalog file cites a tracker item or an unnamed seed instead of a regulation or the repository's docs", () => {
    const files = fs.readdirSync(CATALOG_DIR).filter((file) => file.endsWith('.yaml'));
    assert.ok(files.length > 10, 'the catalog directory lists its YAML files');
    const citing = files.filter((file) =>
      /issue #|\bsession \d|种子文件/i.test(fs.readFileSync(path.join(CATALOG_DIR, file), 'utf8')),
    );
    assert.deepEqual(citing, []);
  });

  test('a shipped file is named relative to the repository, never by its machine path', () => {
    const broken = { ...loadAccountSecurityFile(), password_history: { value: 0 } };
    const message = refusal(() => validateCatalogContent('account-security.yaml', AccountSecurityFileSchema, broken));
    assert.match(message, /^catalog\/account-security\.yaml 有误：password_history\.value：数值过小/);
  });
});
