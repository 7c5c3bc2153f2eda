export const mailModule = { name: 'mail' };
