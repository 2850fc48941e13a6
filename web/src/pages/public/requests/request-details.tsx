import { Alert, Card, Descriptions, Tag, Timeline, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { UncoveredDeadlineNote } from '../../../components/uncovered-deadline-note.tsx';
import { deadlineLookOf, stateColorOf } from './request-terms.ts';

type RequestDetail = Schemas['EnterpriseRequestDetail'];

/** A case's state as a coloured tag. */
export function StateTag({ state, label }: { state: string; label: string }) {
  return (
    <Tag color={stateColorOf(state)} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

/** The deadline: red once overdue, orange when near, with the working days left while an answer is awaited. */
export function DeadlineText({ request }: { request: Pick<Schemas['EnterpriseRequest'], 'dueOn' | 'deadline'> }) {
  const look = deadlineLookOf(request.deadline);
  return (
    <Typography.Text type={look.type} data-deadline={look.type ?? 'normal'}>
      {request.dueOn}
      {look.text && `（${look.text}）`}
      <UncoveredDeadlineNote isCovered={request.deadline.isCovered} />
    </Typography.Text>
  );
}

/** What the requester reads about a case: what was asked, where it went, the answer, the rating and how it ended. */
export function RequestSummary({ request }: { request: RequestDetail }) {
  return (
    <Descriptions column={1} size="small" bordered labelStyle={{ width: 104, whiteSpace: 'nowrap' }}>
      <Descriptions.Item label="状态">
        <StateTag state={request.state} label={request.stateLabel} />
        {request.outcomeLabel && <Typography.Text type="secondary"> {request.outcomeLabel}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label="查询码">{request.trackingCode}</Descriptions.Item>
      <Descriptions.Item label="类别">
        {request.requestTypeLabel} · {request.categoryLabel}
      </Descriptions.Item>
      <Descriptions.Item label="提交日期">{request.filedOn}</Descriptions.Item>
      <Descriptions.Item label="承办部门">{request.departmentName}</Descriptions.Item>
      <Descriptions.Item label={request.state === 'rectifying' ? '整改答复时限' : '答复时限'}>
        <DeadlineText request={request} />
      </Descriptions.Item>
      <Descriptions.Item label="诉求内容">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{request.body}</Typography.Paragraph>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The department's answer (and the rating, once given), or the objection pointer for a credit case that is one. */
export function RequestAnswer({ request }: { request: RequestDetail }) {
  return (
    <>
      {request.objectionHint && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="请改走异议申请"
          description={request.objectionHint.message}
        />
      )}
      {request.answer ? (
        <Card
          size="small"
          title={`答复（${request.answer.answeredOn ?? ''}）`}
          style={{ marginBottom: 12 }}
          data-testid="request-answer"
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {request.answer.text}
          </Typography.Paragraph>
          {request.answer.answeredBy && (
            <Typography.Text type="secondary">
              答复人：{request.answer.answeredByName ?? request.answer.answeredBy}
            </Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary">承办部门尚未答复。</Typography.Paragraph>
      )}
      {request.rating && (
        <Card size="small" title={`评价（${request.rating.ratedOn ?? ''}）`} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{request.rating.label}</Typography.Text>
          {request.rating.comment && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {request.rating.comment}
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </>
  );
}

/** The case history, oldest first: each step with its date, what happened, the state it led to and the note. */
export function RequestTimeline({
  history,
  departmentNames,
}: {
  history: RequestDetail['history'];
  departmentNames?: ReadonlyMap<string, string>;
}) {
  return (
    <Timeline
      items={history.map((event, index) => ({
        key: index,
        color:
          event.action === 'reopen' || event.action === 'close_unsatisfied'
            ? 'red'
            : event.toState === 'closed'
              ? 'gray'
              : 'blue',
        children: (
          <div>
            <Typography.Text strong>{event.actionLabel}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              {event.occurredOn} → {event.toStateLabel}
              {event.departmentCode && departmentNames
                ? ` · ${departmentNames.get(event.departmentCode) ?? event.departmentCode}`
                : ''}
              {event.actor ? ` · ${event.actorName ?? event.actor}` : ''}
            </Typography.Text>
            {event.note && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {event.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
