import type { Command } from '../command.ts';
import { migrateCommand } from './db-migrate.ts';
import { auditListCommand } from './audit-list.ts';
import { auditVerifyCommand } from './audit-verify.ts';
import { keysRotateCommand } from './keys-rotate.ts';
import { auditCheckpointCommand } from './audit-checkpoint.ts';
import { demoCommand } from './demo.ts';
import { startCommand } from './start.ts';
import { enterpriseAcceptLegacyCommand } from './enterprise-accept-legacy.ts';
import { enterpriseListCommand } from './enterprise-list.ts';
import { enterpriseRegisterCommand } from './enterprise-register.ts';
import { enterpriseShowCommand } from './enterprise-show.ts';
import { importCommand } from './import.ts';
import { importListCommand } from './import-list.ts';
import { modelLintCommand } from './model-lint.ts';
import { modelTestCommand } from './model-test.ts';
import { modelSimulateCommand } from './model-simulate.ts';
import { modelPublishCommand } from './model-publish.ts';
import { evaluateCommand } from './evaluate.ts';
import { recordShowCommand } from './record-show.ts';
import { usccCommand } from './uscc.ts';
import { serveCommand } from './serve.ts';
import { userCreateCommand } from './user-create.ts';
import { reportCommand } from './report.ts';
import { reportVerifyCommand } from './report-verify.ts';
import { shareExportCommand } from './share-export.ts';
import { shareRunCommand } from './share-run.ts';
import { upwardRunCommand } from './upward-run.ts';
import { whitelistRunCommand } from './whitelist-run.ts';
import { indexCloseCommand } from './index-close.ts';
import { indexShowCommand } from './index-show.ts';
import { policyMatchCommand } from './policy-match.ts';
import { requestEscalateCommand } from './request-escalate.ts';
import { taskRemindCommand } from './task-remind.ts';
import { taskBulletinCommand } from './task-bulletin.ts';
import { workingDaysAddCommand } from './working-days-add.ts';
import { workingDaysListCommand } from './working-days-list.ts';
import { workingDaysLoadCommand } from './working-days-load.ts';
import { backupCommand } from './backup.ts';
import { restoreCommand } from './restore.ts';

/** Every command of the CLI. Each lives in its own file; add it here. */
export const commands: Command[] = [
  migrateCommand,
  auditVerifyCommand,
  auditListCommand,
  usccCommand,
  enterpriseListCommand,
  enterpriseShowCommand,
  enterpriseRegisterCommand,
  enterpriseAcceptLegacyCommand,
  importCommand,
  importListCommand,
  demoCommand,
  startCommand,
  modelLintCommand,
  modelTestCommand,
  modelSimulateCommand,
  modelPublishCommand,
  evaluateCommand,
  recordShowCommand,
  serveCommand,
  userCreateCommand,
  reportCommand,
  shareExportCommand,
  shareRunCommand,
  upwardRunCommand,
  whitelistRunCommand,
  policyMatchCommand,
  indexCloseCommand,
  indexShowCommand,
  requestEscalateCommand,
  taskRemindCommand,
  taskBulletinCommand,
  workingDaysAddCommand,
  workingDaysLoadCommand,
  workingDaysListCommand,
  keysRotateCommand,
  auditCheckpointCommand,
  reportVerifyCommand,
  backupCommand,
  restoreCommand,
];
