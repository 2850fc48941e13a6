import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useUnreadCount } from './unread-count.ts';

/** The 消息 tab's icon with the number of unread messages (the enterprise sees new messages from any page). */
export function UnreadBadgeIcon() {
  const unread = useUnreadCount();
  return (
    <Badge
      count={unread ?? 0}
      size="small"
      overflowCount={99}
      offset={[4, 0]}
      title={unread ? `${unread} 条未读消息` : undefined}
    >
      <BellOutlined style={{ fontSize: 20, color: 'inherit' }} />
    </Badge>
  );
}
