export declare const ROOT: string;
export declare const SCHEMA_DIR: string;
export declare const SCHEMA_BASE: string;
export declare function loadSchemas(): { file: string; schema: Record<string, unknown> }[];
