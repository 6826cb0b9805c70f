/** Where a server's downloadable starter policy is published: `/policies/<server-id>.<dialect suffix>`. */
export const policyFileUrl = (fileName: string) => `/policies/${fileName}`;
