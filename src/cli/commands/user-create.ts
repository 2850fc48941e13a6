import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { isRole, ROLES } from '../../domain/roles.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import type { Command } from '../command.ts';

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Creates an account from the command line: how the first administrator of a real installation is made. */
export const userCreateCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        department: { type: 'string' },
        uscc: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
      },
    });
    const [username] = positionals;
    if (!username || positionals.length > 1) throw new AppError('INVALID_INPUT', '请给出一个用户名');
    if (!values.role || !isRole(values.role))
      throw new AppError('INVALID_INPUT', `--role 应为以下之一：${ROLES.join('、')}`);
    if (!values.name) throw new AppError('INVALID_INPUT', '请用 --name 给出显示名称');
    // Never on the command line: arguments end up in shell history and the process list.
    if (!values['password-stdin'])
      throw new AppError(
        'INVALID_INPUT',
        '请用 --password-stdin 从标准输入提供密码（例如 printf %s "$PASSWORD" | xinping user create …）',
      );
    const password = await readFirstLine(process.stdin);
    const store = await context.store();
    const user = await createUser(store.db, 'cli', {
      username,
      displayName: values.name,
      role: values.role,
      password,
      departmentCode: values.department ?? null,
      uscc: values.uscc?.toUpperCase() ?? null,
    });
    context.stdout.write(
      `已创建账号 ${user.username}(${user.roleLabel}${user.departmentCode ? `,${user.departmentCode}` : ''}${user.uscc ? `,${user.uscc}` : ''})\n`,
    );
    return 0;
  },
};
