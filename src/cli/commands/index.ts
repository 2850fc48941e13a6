import type { Command } from '../command.ts';
import { migrateCommand } from './db-migrate.ts';
import { auditListCommand } from './audit-list.ts';
import { auditVerifyCommand } from './audit-verify.ts';
import { demoCommand } from './demo.ts';
import { startCommand } from './start.ts';
import { enterpriseAcceptLegacyCommand } from './enterprise-accept-legacy.ts';
import { enterpriseListCommand } from './enterprise-list.ts';
import { enterpriseRegisterCommand } from './enterprise-register.ts';
import { enterpriseShowCommand } from './enterprise-show.ts';
import { importCommand } from './import.ts';
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
import { shareExportCommand } from './share-export.ts';
import { shareRunCommand } from './share-run.ts';

/** Every command of the CLI. Each lives in its own file; add it here. */
export const commands: Command[] = [migrateCommand, auditVerifyCommand, auditListCommand, usccCommand, enterpriseListCommand, enterpriseShowCommand, enterpriseRegisterCommand, enterpriseAcceptLegacyCommand, importCommand, demoCommand, startCommand, modelLintCommand, modelTestCommand, modelSimulateCommand, modelPublishCommand, evaluateCommand, recordShowCommand, serveCommand, userCreateCommand, reportCommand, shareExportCommand, shareRunCommand];
