import { messageIdFor, senderDomain } from '../message-id';

describe('Message-ID from the idempotency key', () => {
  it('is the same for the same key, whenever and wherever it is sent', () => {
    const from = 'WuyeDesk 物业客服台 <desk@wuyedesk.local>';
    expect(messageIdFor({ identity: 'deadline:12:level-1:supervisor@wuyedesk.local', from })).toBe(
      messageIdFor({ identity: 'deadline:12:level-1:supervisor@wuyedesk.local', from }),
    );
    expect(messageIdFor({ identity: 'deadline:12:level-1:supervisor@wuyedesk.local', from })).toMatch(/^<[0-9a-f]{32}@wuyedesk\.local>$/);
  });

  it('differs between keys', () => {
    expect(messageIdFor({ identity: 'a', from: undefined })).not.toBe(messageIdFor({ identity: 'b', from: undefined }));
  });

  it('takes the domain of the sender address, falling back to wuyedesk.local', () => {
    expect(senderDomain('Desk <desk@Example.COM>')).toBe('example.com');
    expect(senderDomain('desk@pm.example.cn')).toBe('pm.example.cn');
    expect(senderDomain('no address')).toBe('wuyedesk.local');
    expect(senderDomain(undefined)).toBe('wuyedesk.local');
  });
});
