export const auditModule = { name: 'audit' };
