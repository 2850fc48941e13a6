import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * Renders the model README (Markdown written in this repository) without a Markdown library: headings, paragraphs
 * (soft-wrapped lines joined), bullet and numbered lists with continuation lines, tables, **bold** and `code`. Text
 * is never injected as HTML.
 */

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] };

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1]!.length, text: heading[2]! });
      index += 1;
      continue;
    }
    if (line.trim().startsWith('|')) {
      const tableLines: string[] = [];
      while (index < lines.length && lines[index]!.trim().startsWith('|')) tableLines.push(lines[index++]!);
      const [header = '', , ...rows] = tableLines;
      blocks.push({ type: 'table', header: cellsOf(header), rows: rows.map(cellsOf) });
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]!);
      const items: string[] = [];
      while (index < lines.length) {
        const current = lines[index]!;
        const next = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(current);
        if (next) items.push(next[3]!);
        else if (/^\s+\S/.test(current) && items.length > 0) items[items.length - 1] += current.trim();
        else break;
        index += 1;
      }
      blocks.push({ type: 'list', ordered, items });
      continue;
    }
    const paragraph: string[] = [];
    while (
      index < lines.length &&
      lines[index]!.trim() !== '' &&
      !/^(#{1,6}\s|\s*\||\s*([-*]|\d+\.)\s)/.test(lines[index]!)
    )
      paragraph.push(lines[index++]!.trim());
    blocks.push({ type: 'paragraph', text: paragraph.join('') });
  }
  return blocks;
}

/** `code` and **bold** inside a line. */
function renderInline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, index) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
      return (
        <Typography.Text key={index} code>
          {part.slice(1, -1)}
        </Typography.Text>
      );
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3)
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

export function MarkdownView({ text }: { text: string }) {
  return (
    <Typography>
      {parseMarkdown(text).map((block, index) => {
        if (block.type === 'heading')
          return (
            <Typography.Title key={index} level={Math.min(5, block.level + 2) as 3 | 4 | 5}>
              {renderInline(block.text)}
            </Typography.Title>
          );
        if (block.type === 'paragraph')
          return <Typography.Paragraph key={index}>{renderInline(block.text)}</Typography.Paragraph>;
        if (block.type === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={index}>
              {block.items.map((item, position) => (
                <li key={position}>{renderInline(item)}</li>
              ))}
            </List>
          );
        }
        // Headings stay on one line (a short 权重 column beside a long description read one character a line); a
        // table too wide for a narrow card or a phone scrolls inside its own box.
        return (
          <div key={index} style={{ overflowX: 'auto', marginBottom: 16 }}>
            <Table
              size="small"
              bordered
              pagination={false}
              rowKey={(_row, position) => String(position)}
              dataSource={block.rows.map((row) =>
                Object.fromEntries(row.map((cell, column) => [String(column), cell])),
              )}
              columns={block.header.map((title, column) => ({
                title: renderInline(title),
                dataIndex: String(column),
                onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                render: (cell: string) => renderInline(cell ?? ''),
              }))}
            />
          </div>
        );
      })}
    </Typography>
  );
}
