import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NAMED, ShortList } from '../../src/features/backup/restore-dialog.tsx';

const items = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);
const shown = (n: number) => {
  const { unmount } = render(
    <ShortList ids={items(n)} name={(id) => `Namn ${id}`} more={(rest) => `… och ${rest} till`} />,
  );
  const texts = screen.getAllByRole('listitem').map((item) => item.textContent);
  unmount();
  return texts;
};

describe("Återställ's lists of conflicts: ten named, the rest counted", () => {
  it('names all of one below and at the limit, and counts what is over it', () => {
    expect(NAMED).toBe(10);
    expect(shown(NAMED - 1)).toEqual(items(9).map((id) => `Namn ${id}`));
    expect(shown(NAMED)).toEqual(items(10).map((id) => `Namn ${id}`));
    expect(shown(NAMED + 1)).toEqual([...items(10).map((id) => `Namn ${id}`), '… och 1 till']);
  });
});
