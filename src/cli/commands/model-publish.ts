import path from 'node:path';
import { parseArgs } from 'node:util';
import { publishModel } from '../../services/evaluation/publish-model.ts';
import { printJson, type Command } from '../command.ts';
import { pickProgressMode } from '../progress.ts';
import { refreshProfileTagsAfterRun } from '../../services/profile/refresh-profile-tags.ts';
import { createRunProgress, printProfileTagRefresh, printRunSummary } from './evaluate.ts';

/** `xinping model publish DIR --operator NAME`: publishes a simulated version, retires the previous one, re-evaluates everyone. */
export const modelPublishCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: {
        operator: { type: 'string' },
        json: { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1 || !values.operator?.trim()) {
      context.stderr.write(`请给出模型目录和操作人（--operator）\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    const store = await context.store();
    const progress = createRunProgress(
      context.stderr,
      values.json && !values.progress ? 'none' : pickProgressMode(context.stderr, values.progress),
    );
    try {
      const outcome = await publishModel(store, path.resolve(positionals[0]), {
        operator: values.operator,
        onProgress: (snapshot) => progress.update(snapshot),
      });
      progress.finish();
      const profileTags = await refreshProfileTagsAfterRun(store.db, outcome.run);
      if (values.json) {
        printJson(context, { ...outcome, profileTags });
        return 0;
      }
      context.stdout.write(
        `已发布 ${outcome.modelVersion}（摘要 ${outcome.digest.slice(0, 12)}…，此后不可修改）${outcome.retired ? `，原版本 ${outcome.retired} 已停用` : ''}\n`,
      );
      printRunSummary(context, outcome.run, '按新版本重新评价');
      printProfileTagRefresh(context, profileTags);
      return 0;
    } finally {
      progress.finish();
    }
  },
};
