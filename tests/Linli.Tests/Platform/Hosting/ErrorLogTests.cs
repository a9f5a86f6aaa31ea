using System.Net;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Platform.Hosting;

/// <summary>A host whose database loses a table mid-life, as a broken restore or a bad migration would leave it.</summary>
public sealed class BrokenFactory : LinliFactory;

public sealed class ErrorLogTests(BrokenFactory factory) : IClassFixture<BrokenFactory>
{
    [Fact]
    public async Task An_unhandled_error_is_logged_with_the_error_id_the_caller_is_given()
    {
        var admin = await factory.AdminAsync();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE platform_notifications"));

        var problem = await (await admin.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.InternalServerError);

        var errorId = problem.GetProperty("traceId").GetString()!;
        var line = Assert.Single(factory.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains($"Unhandled error {errorId}"));
        Assert.Contains("GET /api/v1/notifications", line);
    }
}
