# Builds each site folder given with the real Jekyll, in one Ruby process, as `jekyll build` does
# (Jekyll::Site#process). Jekyll stops a whole build at the first post whose date it cannot read; this
# prints that post as FAILED, removes it and builds again, until the site builds. Warnings go to stderr.
require "jekyll"

ARGV.each do |site_dir|
  loop do
    begin
      config = Jekyll.configuration("source" => site_dir, "destination" => File.join(site_dir, "_site"), "quiet" => false)
      Jekyll::Site.new(config).process
      break
    rescue Jekyll::Errors::FatalException => e
      path = e.message[/Document '([^']+)'/, 1]
      raise if path.nil?
      puts "FAILED\t#{File.join(site_dir, path)}\t#{e.message}"
      File.delete(File.join(site_dir, path))
    end
  end
end
