import { render } from '@testing-library/react';
import { Email } from './Email';

describe('an email address', () => {
  it('offers a line break only before its @ and its dots, and reads as the address', () => {
    const { container } = render(<Email address="ana-maria.lopez@customer-service.example.com" />);
    expect(container.textContent).toBe('ana-maria.lopez@customer-service.example.com');
    const parts = [...container.querySelectorAll('.email > span')].map((part) => part.textContent);
    expect(parts).toEqual(['ana-maria', '.lopez', '@customer-service', '.example', '.com']);
    expect(container.querySelectorAll('wbr')).toHaveLength(4);
    expect(container.querySelectorAll('.email-part')).toHaveLength(5);
  });

  it('lets a part too long for any column break anywhere, and only that part', () => {
    const { container } = render(<Email address="a.averyveryverylongmailboxnamethatneverends@example.com" />);
    expect([...container.querySelectorAll('.email-part-long')].map((part) => part.textContent)).toEqual(['.averyveryverylongmailboxnamethatneverends']);
  });
});
