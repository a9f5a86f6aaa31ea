using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Tests.Modules.ReadingRoom;
using Linli.Web.Modules.ReadingRoom;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Platform.Scoping;

/// <summary>The resident scope on its own, beneath any service: what a resident's queries return with no hand-written condition.</summary>
public sealed class ResidentScopeTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_resident_sees_their_communitys_shared_records_their_own_personal_ones_and_no_staff_records()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var me = await AResident("本人").BornOn("1960-01-01").CreateAsync(staffA, tree.UnitA);
        var child = await AResident("孙女").BornOn("2018-05-05").CreateAsync(staffA, tree.UnitA);
        var neighbour = await AResident("邻居").BornOn("1961-01-01").CreateAsync(staffA, tree.UnitA);
        await (await staffA.PostAsJsonAsync($"/api/v1/residents/{child}/guardians", new { guardianId = me })).ReadJsonAsync(HttpStatusCode.Created);
        var userName = "me" + Guid.NewGuid().ToString("N")[..8];
        (await staffA.PostAsJsonAsync($"/api/v1/residents/{me}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        await CirculationTests.BookAsync(staffA, tree.CommunityA, "甲书", "SA-1", "SA-2");
        await CirculationTests.BookAsync(staffB, tree.CommunityB, "乙书", "SB-1");
        foreach (var (barcode, borrower) in new[] { ("SA-1", me), ("SA-2", neighbour) })
            await (await staffA.PostAsJsonAsync("/api/v1/reading-room/loans", new { communityId = tree.CommunityA, barcode, borrowerId = borrower })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staffA.PostAsJsonAsync($"/api/v1/residents/{me}/visits", new { on = "2026-11-01", kind = "HomeVisit", visitor = "社工", findings = "一切安好" })).ReadJsonAsync(HttpStatusCode.Created);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

        await using var scope = factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessScope>();
        access.ActAsSystem();
        var own = await scope.ServiceProvider.GetRequiredService<IResidentScopeSource>().ForUserAsync(userId, CancellationToken.None);
        access.ActAsResident(userId, userName, own.CommunityIds, own.ResidentIds);
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

        Assert.Equal(["甲书"], await db.Set<Book>().Select(b => b.Title).ToListAsync());
        Assert.Equal(["孙女", "本人"], await db.Set<Resident>().OrderBy(r => r.Name).Select(r => r.Name).ToListAsync());
        Assert.Equal([me], await db.Set<Loan>().Select(l => l.BorrowerId).ToListAsync());
        Assert.Empty(await db.Set<Visit>().ToListAsync());
        Assert.Empty(await db.Set<Household>().ToListAsync());
    }
}
