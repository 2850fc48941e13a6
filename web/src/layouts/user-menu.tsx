import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Typography, message } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { t } from '../locales/zh-CN.ts';

/** The logged-in account's name and role, the 修改口令 link and the logout button. */
export function UserMenu({ isCompact = false }: { isCompact?: boolean }) {
  const { user, logOut } = useSession();
  const navigate = useNavigate();
  if (!user) return null;
  const onLogOut = async () => {
    await logOut();
    message.success(t('auth.loggedOut'));
    navigate('/login', { replace: true });
  };
  return (
    <Space size={isCompact ? 4 : 12}>
      {!isCompact && (
        <Typography.Text data-testid="current-user">
          <UserOutlined />{' '}
          {user.displayName.includes(user.roleLabel) ? user.displayName : `${user.displayName} · ${user.roleLabel}`}
        </Typography.Text>
      )}
      <Button
        size={isCompact ? 'large' : 'small'}
        icon={<KeyOutlined />}
        onClick={() => navigate('/change-password')}
        aria-label={t('auth.changePassword')}
      >
        {isCompact ? null : t('auth.changePassword')}
      </Button>
      {/* On the phone the compact button is a full-size tap target (≥ 40 px). */}
      <Button
        size={isCompact ? 'large' : 'small'}
        icon={<LogoutOutlined />}
        onClick={onLogOut}
        aria-label={t('auth.logout')}
      >
        {isCompact ? null : t('auth.logout')}
      </Button>
    </Space>
  );
}
