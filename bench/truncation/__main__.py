from bench.truncation.run import main

raise SystemExit(main())
