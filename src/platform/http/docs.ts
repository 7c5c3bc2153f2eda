/**
 * Swagger UI served from the swagger-ui-dist package: the docs work with no internet access. `validatorUrl: null`
 * turns off the online validator badge, which would send the spec's URL to validator.swagger.io.
 */
export function swaggerPage(specUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Frontline API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });</script>
</body>
</html>`;
}
