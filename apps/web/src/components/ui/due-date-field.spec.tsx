import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { DueDateField, dueDateRangeProblem, latestPickable } from './due-date-field';

function Harness({ finalDueDate }: { finalDueDate?: string }) {
  const [value, setValue] = useState('');
  return <DueDateField label="Due date" value={value} onChange={setValue} finalDueDate={finalDueDate} />;
}

describe('DueDateField', () => {
  it('offers no day after the final deadline', () => {
    render(<Harness finalDueDate="2020-08-31" />);
    expect(screen.getByLabelText('Due date')).toHaveAttribute('max', '2020-08-31');
  });

  it('offers five years ahead when the final deadline is further away', () => {
    const far = `${new Date().getUTCFullYear() + 9}-01-01`;
    expect(latestPickable(far)).not.toBe(far);
    expect(latestPickable(far) < far).toBe(true);
    expect(latestPickable()).toBe(latestPickable(far));
  });

  it('says at once when a typed date falls after the final deadline, with the API message', () => {
    render(<Harness finalDueDate="2020-08-31" />);
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2020-09-01' } });
    expect(screen.getByText('must be on or before the final deadline, 31 August 2020')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2020-08-31' } });
    expect(screen.queryByText(/must be on or before the final deadline/)).not.toBeInTheDocument();
  });

  it('checks the range alone without a final deadline', () => {
    expect(dueDateRangeProblem('2020-09-01')).toBeUndefined();
    expect(dueDateRangeProblem('1999-12-31')).toMatch(/^must be between 2000-01-01 and /);
    expect(dueDateRangeProblem('')).toBeUndefined();
    expect(dueDateRangeProblem('2020-09-01', '2020-08-31')).toBe(
      'must be on or before the final deadline, 31 August 2020',
    );
  });
});
