using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Platform.Hosting;

public sealed class DemoFactory : LinliFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Linli:Demo", "true")];
}

/// <summary>
/// A client generated from the OpenAPI document reads real answers: over the demo district, every GET of the API
/// is called (a record's id taken from its list), and whatever comes back — a list, a record, a 404, a 422 — must be
/// an answer the document declares for that status, and its body must validate against the declared schema
/// (JSON Schema 2020-12, as OpenAPI 3.1 says).
/// </summary>
public sealed partial class OpenApiResponsesTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Real_answers_of_every_get_match_their_documented_schemas()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var communityId = await factory.WithDbAsync(db => db.Regions.Where(r => r.Name == "青桐社区").Select(r => r.Id).SingleAsync());
        var admin = await factory.AdminAsync();
        var checker = new AnswerChecker(document);
        var listed = new Dictionary<string, JsonNode?>();

        // Collections first (shorter paths), so a record's path finds an id in its collection's answer.
        var gets = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .OrderBy(p => p.Name.Count(c => c == '/')).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var answered = new List<string>();
        foreach (var path in gets)
        {
            if (Address(path.Name, path.Value.GetProperty("get"), communityId, listed) is not { } address) continue;
            var response = await admin.GetAsync(address);
            var body = await checker.CheckAsync("get", path.Name, response);
            if (response.StatusCode == HttpStatusCode.OK) listed[path.Name] = body;
            answered.Add($"{(int)response.StatusCode} {address}");
        }

        Assert.True(checker.Failures.Count == 0, $"{checker.Failures.Count} answers do not match the document:\n{string.Join('\n', checker.Failures)}");
        // The walk reached records, not just collections: a resident, an activity, a survey, a group's members.
        Assert.Contains(answered, a => ResidentAddress().IsMatch(a));
        Assert.Contains(answered, a => a.StartsWith("200 /api/v1/activities/", StringComparison.Ordinal) && char.IsDigit(a["200 /api/v1/activities/".Length]));
        Assert.True(answered.Count(a => a.StartsWith("200 ", StringComparison.Ordinal)) > 40, string.Join('\n', answered));
    }

    [Fact]
    public async Task Errors_carry_the_problem_details_the_document_declares()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var checker = new AnswerChecker(document);
        var admin = await factory.AdminAsync();

        var unauthorized = await factory.CreateClient().GetAsync("/api/v1/residents");
        var missing = await admin.GetAsync("/api/v1/residents/987654");
        var invalid = await admin.PostAsJsonAsync("/api/v1/residents", new { name = "" });
        await checker.CheckAsync("get", "/api/v1/residents", unauthorized);
        await checker.CheckAsync("get", "/api/v1/residents/{id}", missing);
        var errors = await checker.CheckAsync("post", "/api/v1/residents", invalid);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity), (unauthorized.StatusCode, missing.StatusCode, invalid.StatusCode));
        Assert.True(errors!["errors"]!.AsObject().ContainsKey("name"));
        Assert.True(checker.Failures.Count == 0, string.Join('\n', checker.Failures));
    }

    /// <summary>
    /// The address to call: path parameters from the first item of the collection above them; communityId (in the
    /// path or the query) is 青桐社区; other required query values are left out, so the answer is the documented
    /// 400 or 422. Null when no collection lists an id for it.
    /// </summary>
    private static string? Address(string path, JsonElement operation, int communityId, Dictionary<string, JsonNode?> listed)
    {
        var address = path.Replace("{communityId}", communityId.ToString(), StringComparison.Ordinal);
        foreach (Match parameter in PathParameter().Matches(address))
        {
            var collection = address[..parameter.Index].TrimEnd('/');
            var template = listed.Keys.FirstOrDefault(k => k == collection || PathParameter().Replace(k, "x") == PathParameter().Replace(collection, "x"));
            if (template is null || FirstId(listed[template]) is not { } id) return null;
            address = address[..parameter.Index] + id + address[(parameter.Index + parameter.Length)..];
        }
        var takesCommunity = operation.TryGetProperty("parameters", out var parameters)
            && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "communityId" && p.GetProperty("in").GetString() == "query");
        return takesCommunity ? $"{address}?communityId={communityId}" : address;
    }

    private static string? FirstId(JsonNode? answer) => answer switch
    {
        JsonArray items => items.Select(FirstId).FirstOrDefault(id => id is not null),
        JsonObject record when record["id"] is JsonValue id => id.ToString(),
        JsonObject page => page.Select(p => p.Value).OfType<JsonArray>().Select(FirstId).FirstOrDefault(id => id is not null),
        _ => null,
    };

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"^200 /api/v1/residents/\d+$")]
    private static partial Regex ResidentAddress();

    /// <summary>Checks answers against the document: the status is declared, the content type too, the body validates.</summary>
    private sealed class AnswerChecker(JsonElement document)
    {
        // The components' schemas as $defs of one JSON Schema, each answer's schema evaluated beside them.
        private readonly string definitions = document.GetProperty("components").GetProperty("schemas").GetRawText().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);

        public List<string> Failures { get; } = [];

        public async Task<JsonNode?> CheckAsync(string method, string path, HttpResponseMessage response)
        {
            var status = ((int)response.StatusCode).ToString();
            var type = response.Content.Headers.ContentType?.MediaType;
            var text = await response.Content.ReadAsStringAsync();
            var name = $"{method.ToUpperInvariant()} {path} → {status}";
            if (!document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").TryGetProperty(status, out var declared))
            {
                Failures.Add($"{name}: status not documented ({text[..Math.Min(200, text.Length)]})");
                return null;
            }
            if (type is null || !type.EndsWith("json", StringComparison.Ordinal)) return null;
            if (!declared.TryGetProperty("content", out var content) || !content.TryGetProperty(type, out var media))
            {
                Failures.Add($"{name}: {type} not documented");
                return null;
            }
            var schema = JsonSchema.FromText($$"""{"$defs": {{definitions}}, "allOf": [{{media.GetProperty("schema").GetRawText().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal)}}]}""");
            var body = JsonNode.Parse(text);
            var result = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
                Failures.Add($"{name}: " + string.Join("; ", result.Details.Where(d => d.HasErrors).Take(4)
                    .Select(d => $"{d.InstanceLocation} {string.Join(", ", d.Errors!.Values)}")));
            return body;
        }
    }
}
