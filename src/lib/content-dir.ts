/**
 * Where the content lives: the top-level `content/` folder, or the folder named by the CONTENT_DIR environment
 * variable (the build tests point it at broken copies of the content to prove that the build refuses them).
 */
export const contentDir: string = process.env.CONTENT_DIR ?? './content';
