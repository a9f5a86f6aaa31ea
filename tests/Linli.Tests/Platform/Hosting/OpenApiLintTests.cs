using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Tests.Platform.Localization;

namespace Linli.Tests.Platform.Hosting;

/// <summary>
/// The OpenAPI document as a tool nobody on the team wrote sees it: Redocly's CLI (npm, the build's node_modules)
/// with its recommended rules (redocly.yaml says which two are off and why) finds no error and no warning, in the
/// document as a deployment publishes it (its server the public address, not localhost).
/// </summary>
public sealed class OpenApiLintTests(PublicAddressFactory factory) : IClassFixture<PublicAddressFactory>
{
    [Fact]
    public async Task Redocly_recommended_rules_find_nothing()
    {
        var document = Path.Combine(factory.DataDirectory, "openapi.json");
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await File.WriteAllBytesAsync(document, await response.Content.ReadAsByteArrayAsync());

        var root = TextsTests.RepositoryRoot();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(root, "src", "Linli.Web", "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", document,
                "--config", Path.Combine(root, "tests", "Linli.Tests", "Platform", "Hosting", "redocly.yaml"), "--format=json", "--max-problems=1000" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
        };
        using var lint = Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEndAsync();
        var errors = lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();

        using var report = JsonDocument.Parse(await output);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at "
                + p.GetProperty("location")[0].GetProperty("pointer").GetString()).ToList();
        Assert.True(problems.Count == 0, $"Redocly found {problems.Count} problems:\n{string.Join('\n', problems.Take(40))}\n{await errors}");
        Assert.Equal(0, lint.ExitCode);
    }
}
