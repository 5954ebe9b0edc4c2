// actdiff: the catalog of activations, their derivatives and identities,
// from the command line.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "cli.hpp"
#include "commands.hpp"

namespace {

struct command {
  const char* name;
  const char* usage;
  const char* help;
  int (*run)(const cli::argv_t&);
};

const command commands[] = {
    {"list", "actdiff list", "The catalog: name, inputs, whether from the source documents, smoothness, parameters.",
     cli::cmd_list},
    {"show", "actdiff show NAME [--order N] [--latex] [--expand] [--param NAME=VALUE]",
     "The function and its derivatives up to order N (0 to 2, default 2), as text or LaTeX;\n"
     "--expand also prints its definition. Several inputs: the partials by each input.",
     cli::cmd_show},
    {"eval", "actdiff eval NAME X[,Y,...] [--order N] [--type float|double|long-double|100] [--param NAME=VALUE]",
     "Values of the function and its derivatives at a point (inputs separated by commas),\n"
     "in the given type (100: cpp_bin_float_100). Parameters default to the catalog's values.",
     cli::cmd_eval},
    {"table", "actdiff table --markdown", "The catalog with definitions and derivatives in LaTeX, as a Markdown table.",
     cli::cmd_table},
    {"plot", "actdiff plot NAME --svg FILE [--range A:B] [--order N]",
     "f, f' and f'' (up to order N, default 2) over [A, B] (default -5:5) along the first input, as an SVG file.",
     cli::cmd_plot},
    {"verify", "actdiff verify [--digits 50|100] [--id ID] [--tolerance R]",
     "The identity table (IDENTITIES.md): each row with whether it is proved symbolically (both sides\n"
     "reduce to one canonical form), the largest relative difference of its equations over >= 1000\n"
     "points and where it occurs, and PASS or FAIL (PASS: at most R, by default 1e-90 at 100 digits and\n"
     "1e-40 at 50; points where a side cancels get more digits). Bounds and worked examples (I9, I10,\n"
     "I14-I16) print their figures, computed at 100 digits. --id checks one row. Exit status 1 when any\n"
     "row fails.",
     cli::cmd_verify},
    {"accuracy", "actdiff accuracy [NAME] [--type float|double] [--samples N]",
     "The error in ULPs of f, f' and f'' (every first and second partial for several inputs) against\n"
     "cpp_bin_float_100, for one activation or all, in float and double (or the one --type names), at\n"
     "about N points each (default 2000): uniform in [-50, 50], log-spaced to the type's extremes, the\n"
     "kinks, +-0, +-inf and NaN. Prints progress on stderr (one line in place on a terminal), then a table:\n"
     "max ulp and where, the bound near interior roots, false zeros/infinities/NaNs, NaN lost, limits\n"
     "missed at +-inf, and whether NUMERICS.md's targets are met.",
     cli::cmd_accuracy},
    {"catalog", "actdiff catalog --markdown FILE [--svg-dir DIR]",
     "The catalog as documentation (docs/catalog.md; scripts/gen_docs.sh runs it): every activation with\n"
     "its definition, f' and f'' in LaTeX, parameters and defaults, the convention at kinks, the zeros\n"
     "of f, f' and f'' in [-10, 10] (computed: a sign-change scan, then bisection in cpp_bin_float_100)\n"
     "and, with --svg-dir, a plot of each on [-5, 5] written to DIR/NAME.svg and linked from FILE.",
     cli::cmd_catalog},
};

void print_usage(std::FILE* to) {
  std::fprintf(to, "usage:\n");
  for (const auto& c : commands) std::fprintf(to, "  %s\n", c.usage);
  std::fprintf(to, "  actdiff COMMAND --help\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_usage(stderr);
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::printf("actdiff: constexpr activation functions, their symbolic derivatives and identities.\n\n");
    print_usage(stdout);
    return 0;
  }
  for (const auto& c : commands) {
    if (args[0] != c.name) continue;
    std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const auto& r : rest)
      if (r == "--help" || r == "-h") {
        std::printf("usage: %s\n\n%s\n", c.usage, c.help);
        return 0;
      }
    try {
      return c.run(rest);
    } catch (const cli::usage_error& e) {
      std::fprintf(stderr, "actdiff %s: %s\nusage: %s\n", c.name, e.what(), c.usage);
      return 2;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "actdiff %s: %s\n", c.name, e.what());
      return 1;
    }
  }
  std::fprintf(stderr, "actdiff: unknown command '%s'\n", args[0].c_str());
  print_usage(stderr);
  return 2;
}
