using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Care;

/// <summary>
/// A community's care team in the test tree: a social worker (the worker), the community's staff member as
/// supervisor, a second social worker of the same community, and the other community's staff member.
/// </summary>
public sealed record CareTeam(TestTree Tree, HttpClient Worker, HttpClient Supervisor, HttpClient Colleague, HttpClient Outsider, string WorkerId, string SupervisorId,
    string ColleagueId, string WorkerName, string ColleagueName)
{
    public static async Task<CareTeam> CreateAsync(LinliFactory factory)
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var worker = $"sw{tag}";
        var colleague = $"sw2{tag}";
        await TestTree.CreateUserAsync(admin, worker, "SocialWorker", tree.CommunityA);
        await TestTree.CreateUserAsync(admin, colleague, "SocialWorker", tree.CommunityA);
        var workerClient = await factory.ClientForAsync(worker, TestTree.Password);
        var staff = (await (await workerClient.GetAsync($"/api/v1/care/colleagues?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().ToDictionary(s => s.GetProperty("userName").GetString()!, s => s.GetProperty("id").GetString()!);
        return new CareTeam(tree, workerClient, await factory.ClientForAsync(tree.StaffA, TestTree.Password), await factory.ClientForAsync(colleague, TestTree.Password),
            await factory.ClientForAsync(tree.StaffB, TestTree.Password), staff[worker], staff[tree.StaffA], staff[colleague], worker, colleague);
    }
}
