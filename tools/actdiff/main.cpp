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
