import type { Config } from '../../config.ts';
import { AppError } from '../../domain/app-error.ts';
import { openStore } from '../../store/connect.ts';
import { storeExists } from '../../store/store-exists.ts';
import {
  detectBackupFormat,
  isDatabaseEmpty,
  readEmbeddedDump,
  restorePostgres,
  type BackupFormat,
} from '../../store/store-backup.ts';
import { readStoreFigures, type StoreFigures } from './read-store-figures.ts';

export interface RestoreResult {
  format: BackupFormat;
  /** The restored store's audit verification, head and current grades (compare with the backup's). */
  figures: StoreFigures;
}

/**
 * Restores a backup made by `xinping backup` into the configured store, which must be empty: a new embedded data
 * directory (XINPING_DATA_DIR) or an empty PostgreSQL database (DATABASE_URL; tables owned by the migration role
 * when XINPING_MIGRATION_DATABASE_URL is set, then the runtime role's grants). Pending migrations run afterwards, so
 * a backup of an older version restores into this one. Never merges into existing data.
 */
export async function restoreStore(config: Config, file: string): Promise<RestoreResult> {
  const format = detectBackupFormat(file);
  if (!format)
    throw new AppError('INVALID_INPUT', `${file} 不是 xinping backup 生成的备份文件（内嵌数据库或 pg_dump 归档）`);
  if (format === 'pglite') {
    if (config.databaseUrl)
      throw new AppError(
        'INVALID_INPUT',
        '该备份来自内嵌数据库，而当前设置了 DATABASE_URL（PostgreSQL）；请取消 DATABASE_URL 后恢复到内嵌数据目录。',
      );
    if (storeExists(config))
      throw new AppError(
        'CONFLICT',
        `数据目录 ${config.dataDir} 中已有数据库，恢复不会覆盖或合并现有数据；请用 XINPING_DATA_DIR 指定一个新目录。`,
      );
    const store = await openStore(config, { loadDataDir: readEmbeddedDump(file), command: 'xinping restore' });
    try {
      return { format, figures: await readStoreFigures(store.db) };
    } finally {
      await store.close();
    }
  }
  if (!config.databaseUrl)
    throw new AppError(
      'INVALID_INPUT',
      '该备份来自 PostgreSQL（pg_dump 归档）；请设置 DATABASE_URL 指向一个空数据库后再恢复。',
    );
  const ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  const owner = await openStore({ databaseUrl: ownerUrl, dataDir: config.dataDir }, { migrate: false });
  try {
    if (!(await isDatabaseEmpty(owner.db)))
      throw new AppError(
        'CONFLICT',
        `数据库 ${new URL(ownerUrl).pathname.slice(1)} 不是空库，恢复不会覆盖或合并现有数据；请新建一个空数据库再恢复。`,
      );
    await restorePostgres(ownerUrl, file);
  } finally {
    await owner.close();
  }
  // Opening migrates as the owner and grants the runtime role its privileges, as on every start.
  const store = await openStore(config);
  try {
    return { format, figures: await readStoreFigures(store.db) };
  } finally {
    await store.close();
  }
}
