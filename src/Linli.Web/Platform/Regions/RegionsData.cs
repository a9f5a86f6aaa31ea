using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Regions;

public static class RegionsData
{
    public static void ConfigureRegions(this ModelBuilder builder, LinliDb db)
    {
        builder.Entity<RegionNode>(e =>
        {
            e.ToTable("platform_regions");
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.Name).HasMaxLength(100);
            e.Property(n => n.Code).HasMaxLength(50);
            e.Property(n => n.Path).HasMaxLength(400);
            e.Property(n => n.ExclusiveArea).HasPrecision(12, 2);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(n => n.Path);
            // Every request of a street or district officer finds its communities (the scope, the dashboards) among
            // hundreds of thousands of flats: by kind first, then the few communities' paths.
            e.HasIndex(n => new { n.Kind, n.Path });
            // Codes are unique among siblings (unit "101" exists in every building).
            e.HasIndex(n => new { n.ParentId, n.Code }).IsUnique();
            // Scope: a node is visible when it lies in one of the caller's assigned subtrees.
            e.HasQueryFilter(n => db.ScopeSeesAll || db.ScopeRegionPaths.Any(p => n.Path.StartsWith(p)));
        });
    }
}
