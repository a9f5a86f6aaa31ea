using System.Net;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Hosting;

/// <summary>
/// The OpenAPI document is what a client is generated from: every operation of every module says in a line what it
/// does, names what it answers with, and every answer with a body describes that body (a record's schema, not an
/// empty object).
/// </summary>
public sealed class OpenApiTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly string[] Modules = ["Activities", "Groups", "Points", "Reading room", "Residents", "Surveys", "Volunteers", "Regions", "Users", "Audit"];

    [Fact]
    public async Task Every_operation_describes_its_success_and_the_body_it_sends()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var schemas = document.GetProperty("components").TryGetProperty("schemas", out var s) ? s : default;
        var tags = new HashSet<string>();
        var undescribed = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString())) undescribed.Add($"{name}: no summary");
                if (operation.Value.TryGetProperty("tags", out var t)) foreach (var tag in t.EnumerateArray()) tags.Add(tag.GetString()!);
                var successes = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                if (successes.Count == 0) undescribed.Add($"{name}: no success response");
                foreach (var success in successes.Where(r => r.Name != "204"))
                {
                    if (!success.Value.TryGetProperty("content", out var content)) undescribed.Add($"{name} {success.Name}: no body described");
                    else if (content.TryGetProperty("application/json", out var json) && !Describes(json.GetProperty("schema"), schemas))
                        undescribed.Add($"{name} {success.Name}: an empty schema");
                }
            }
        }

        Assert.True(undescribed.Count == 0, $"{undescribed.Count} operations a client could not be generated from:\n{string.Join('\n', undescribed)}");
        Assert.Empty(Modules.Except(tags));
    }

    [Fact]
    public async Task The_bearer_scheme_is_declared_and_required_where_a_caller_must_be_signed_in()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));

        var secured = new Dictionary<string, bool>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
                secured[$"{operation.Name.ToUpperInvariant()} {path.Name}"] = operation.Value.TryGetProperty("security", out var security)
                    && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));

        Assert.True(secured["GET /api/v1/residents"]);
        Assert.True(secured["POST /api/v1/activities/{id}/registrations"]);
        Assert.False(secured["POST /api/v1/auth/token"]);
        Assert.False(secured["GET /api/v1/certificates/{number}"]);
        Assert.True(secured.Count(s => s.Value) > 150, $"{secured.Count(s => s.Value)} of {secured.Count} operations secured");
    }

    /// <summary>A schema says something: a reference to a described record, an array of such, or a typed value.</summary>
    private static bool Describes(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            return target.EnumerateObject().Any(p => p.Name is "properties" or "items" or "enum" or "oneOf" or "anyOf")
                || (target.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "object");
        }
        if (schema.TryGetProperty("items", out var items)) return Describes(items, schemas);
        if (schema.TryGetProperty("properties", out _)) return true;
        return schema.TryGetProperty("type", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() is not "object";
    }
}
